using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using RuleOfLaw.Identity.Data;

namespace RuleOfLaw.Identity.Keys;

/// <summary>
/// Loads the server's RSA keys from the database, creating each on the first start. The keys are never
/// disposed: IdentityModel caches signature providers process-wide by key id, and a disposed key in that
/// cache would break every later signature check with the same key id.
/// </summary>
public sealed class ServerKeyStore(IServiceScopeFactory scopes, TimeProvider time, ILogger<ServerKeyStore> logger)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, RsaSecurityKey> _keys = [];

    /// <summary>The key for <paramref name="use"/>, loaded once per process.</summary>
    public RsaSecurityKey Get(string use)
    {
        lock (_lock)
        {
            if (!_keys.TryGetValue(use, out var key))
            {
                key = Load(use);
                _keys[use] = key;
            }

            return key;
        }
    }

    // Synchronous on purpose: OpenIddict asks for its options synchronously, once, on its first request.
    private RsaSecurityKey Load(string use)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var stored = db.ServerKeys.AsNoTracking().SingleOrDefault(k => k.Use == use) ?? Create(db, use);
        var rsa = RSA.Create();
        rsa.ImportFromPem(stored.PrivateKeyPem);
        return new RsaSecurityKey(rsa) { KeyId = stored.KeyId };
    }

    private ServerKey Create(IdentityDbContext db, string use)
    {
        using var rsa = RSA.Create(2048);
        var candidate = new ServerKey
        {
            Use = use,
            KeyId = Thumbprint(rsa),
            PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem(),
            CreatedAt = time.GetUtcNow(),
        };
        db.ServerKeys.Add(candidate);
        try
        {
            db.SaveChanges();
            logger.LogInformation("Created the {Use} key {KeyId}", use, candidate.KeyId);
            return candidate;
        }
        catch (DbUpdateException)
        {
            // Another instance created it first: use theirs, so both publish and accept the same key.
            db.ChangeTracker.Clear();
            return db.ServerKeys.AsNoTracking().Single(k => k.Use == use);
        }
    }

    private static string Thumbprint(RSA rsa)
    {
        using var publicKey = RSA.Create(rsa.ExportParameters(includePrivateParameters: false));
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(publicKey));
        return Base64UrlEncoder.Encode(jwk.ComputeJwkThumbprint());
    }
}
