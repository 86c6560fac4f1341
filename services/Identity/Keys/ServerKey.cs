namespace RuleOfLaw.Identity.Keys;

/// <summary>
/// One of the server's RSA keys, kept in the database so tokens signed or encrypted before a restart
/// (or by another instance) stay valid. The private key is PKCS#8 PEM.
/// </summary>
public sealed class ServerKey
{
    /// <summary><see cref="KeyUses.Signing"/> or <see cref="KeyUses.Encryption"/>: one current key of each.</summary>
    public string Use { get; init; } = "";

    /// <summary>The JWK thumbprint (RFC 7638) of the public key: the <c>kid</c> in JWKS and token headers.</summary>
    public string KeyId { get; init; } = "";

    public string PrivateKeyPem { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }
}

public static class KeyUses
{
    /// <summary>Signs access and identity tokens; its public half is published in the JWKS.</summary>
    public const string Signing = "signing";

    /// <summary>Encrypts what only this server reads again: authorization codes and refresh tokens.</summary>
    public const string Encryption = "encryption";
}
