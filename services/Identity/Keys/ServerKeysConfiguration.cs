using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace RuleOfLaw.Identity.Keys;

/// <summary>
/// Gives OpenIddict the stored keys. It runs when OpenIddict first reads its options (its first request),
/// after the database has been migrated, instead of while the host is being built.
/// </summary>
internal sealed class ServerKeysConfiguration(ServerKeyStore keys) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        options.SigningCredentials.Add(new SigningCredentials(keys.Get(KeyUses.Signing), SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(keys.Get(KeyUses.Encryption), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }
}
