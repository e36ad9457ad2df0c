using System;
using System.Collections.Generic;
using ContainerGuard.Text;

namespace ContainerGuard.Secrets;

/// <summary>What a value given to a credential-like name turned out to be.</summary>
public enum SecretValueKind
{
    /// <summary>Looks like a real secret: report it.</summary>
    Plausible,

    /// <summary>Empty or white space.</summary>
    Empty,

    /// <summary>Shorter than 4 characters: a flag or an enum value, not a credential.</summary>
    TooShort,

    /// <summary>A variable or template reference: <c>$PASSWORD</c>, <c>${PASSWORD}</c>, <c>$(cat /run/secrets/x)</c>, <c>%PASSWORD%</c>, <c>{{ .Password }}</c>, <c>{0}</c>, <c>@password</c>, <c>#{Password}#</c>, <c>@Microsoft.KeyVault(…)</c>.</summary>
    Reference,

    /// <summary>A placeholder or dummy meant to be replaced: <c>&lt;password&gt;</c>, <c>***</c>, <c>xxx</c>, <c>changeme</c>, <c>your-password-here</c>, <c>example</c>, <c>test</c>, <c>TODO</c>.</summary>
    Placeholder,

    /// <summary>The name of a setting rather than its value: <c>DB_PASSWORD</c>, <c>orders-db-password</c>, <c>ConnectionStrings:Default</c>.</summary>
    SettingName,

    /// <summary>A file path: <c>/run/secrets/db_password</c>, <c>C:\secrets\x</c>.</summary>
    FilePath,

    /// <summary>A URL without credentials.</summary>
    Url,

    /// <summary><c>true</c>, <c>false</c>, <c>yes</c>, <c>no</c>, <c>null</c>, <c>none</c>…</summary>
    Keyword,

    /// <summary>A short number or a version (<c>123</c>, <c>1.2.3</c>).</summary>
    Number,

    /// <summary>A GUID where no credential name says it is a secret (an id).</summary>
    Identifier,

    /// <summary>A hash or checksum (<c>sha256:…</c>, <c>$6$…</c> crypt, bcrypt <c>$2b$…</c>): not the secret itself.</summary>
    Hash,

    /// <summary>The storage emulator (<c>UseDevelopmentStorage=true</c>, <c>devstoreaccount1</c>), whose key is public.</summary>
    DevelopmentStorage,

    /// <summary>Prose or a label (<c>Enter your password:</c>).</summary>
    Text,

    /// <summary>A connection string with no password or key in it (integrated security, managed identity).</summary>
    ConnectionStringWithoutSecret,

    /// <summary>A public key (<c>ssh-rsa AAAA…</c>, <c>ssh-ed25519 …</c>, <c>-----BEGIN PUBLIC KEY-----</c>): meant to be shared.</summary>
    PublicKey,
}

/// <summary>
/// Decides whether a value given to a credential-like name is a plausible secret.
/// Decisions (documented in the rule pages):
/// <list type="bullet">
/// <item>Placeholders and dummy values (<c>changeme</c>, <c>password</c>, <c>example</c>, <c>test</c>, <c>TODO</c>,
/// <c>your-password-here</c>) are silent: they are meant to be replaced and flagging them is noise. Real weak
/// defaults (<c>root</c>, <c>admin</c>, <c>postgres</c>) are not placeholders and are reported.</item>
/// <item>A GUID is an id unless a credential name says otherwise: a GUID given to <c>ClientSecret</c> is reported.</item>
/// <item>A hash (bcrypt, crypt, <c>sha256:…</c>) is not the secret.</item>
/// </list>
/// Known secret formats (see <see cref="SecretDetector"/>) inside the value always make it plausible.
/// </summary>
public static class SecretValueClassifier
{
    private static readonly HashSet<string> PlaceholderWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "changeme", "changeit", "change", "password", "passwd", "pass", "pwd", "secret", "secrets", "token", "apikey", "key",
        "example", "sample", "dummy", "test", "testing", "todo", "fixme", "tbd", "tbc", "redacted", "hidden", "masked", "removed",
        "replaceme", "replace", "yourpassword", "yoursecret", "yourtoken", "yourkey", "yourapikey", "mypassword", "mysecret",
        "mytoken", "foo", "bar", "baz", "foobar", "placeholder", "secretvalue", "passwordhere", "enterpassword", "xxx", "value",
        "somepassword", "somesecret", "sometoken", "notasecret", "notsecret", "fake", "fakepassword", "fakesecret", "faketoken",
        "testpassword", "testsecret", "testtoken", "dummypassword", "dummysecret", "dummytoken", "samplepassword", "secret123",
        "password123", "test123", "default", "unset", "notset", "empty", "blank",
    };

    private static readonly string[] PlaceholderFragments =
    {
        "example", "placeholder", "changeme", "change_me", "change-me", "replace_me", "replace-me", "replaceme", "redacted",
        "your_", "your-", "yourpassword", "yoursecret", "yourtoken", "dummy", "xxxxx", "*****", "insert_", "insert-", "enter_",
        "enter-", "_here", "-here", "fixme", "todo:", "not_a_secret", "not-a-secret", "notasecret",
    };

    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "null", "none", "nil", "undefined", "enabled", "disabled", "enable", "disable",
        "n/a", "na", "auto", "required", "optional", "random", "generate", "generated", "prompt", "ask", "file", "env", "stdin",
    };

    private static readonly string[] HashPrefixes =
    {
        "sha1:", "sha256:", "sha384:", "sha512:", "md5:", "sha1-", "sha256-", "sha384-", "sha512-", "$1$", "$2a$", "$2b$", "$2y$",
        "$5$", "$6$", "$y$", "$argon2", "$pbkdf2", "$scrypt", "{sha}", "{ssha}", "{ssha256}", "{ssha512}", "{bcrypt}", "{pbkdf2}",
        "pbkdf2:", "pbkdf2_sha256$", "bcrypt$", "argon2$", "SCRAM-SHA-256$",
    };

    public static bool IsPlausibleSecret(string? value, CredentialNameMatch name = default) => Classify(value, name) == SecretValueKind.Plausible;

    /// <summary>Classifies <paramref name="value"/> as given to <paramref name="name"/> (or to no name).</summary>
    public static SecretValueKind Classify(string? value, CredentialNameMatch name = default)
    {
        if (value is null)
        {
            return SecretValueKind.Empty;
        }

        string v = value.Trim();
        if (v.Length == 0)
        {
            return SecretValueKind.Empty;
        }

        if (PublicWellKnownValues.IsPublic(v) || AsciiCase.IndexOf(v, "UseDevelopmentStorage=true") >= 0 || AsciiCase.IndexOf(v, "devstoreaccount1") >= 0)
        {
            return SecretValueKind.DevelopmentStorage;
        }

        if (SecretDetector.Analyze(v).Count > 0)
        {
            return SecretValueKind.Plausible;
        }

        if (IsHash(v))
        {
            return SecretValueKind.Hash;
        }

        if (IsPublicKey(v))
        {
            return SecretValueKind.PublicKey;
        }

        if (IsReference(v))
        {
            return SecretValueKind.Reference;
        }

        if (v.IndexOf("://", StringComparison.Ordinal) > 0)
        {
            return SecretValueKind.Url;
        }

        if (IsFilePath(v))
        {
            return SecretValueKind.FilePath;
        }
        if (IsPlaceholder(v))
        {
            return SecretValueKind.Placeholder;
        }

        if (Keywords.Contains(v))
        {
            return SecretValueKind.Keyword;
        }

        if (IsNumberOrVersion(v))
        {
            return SecretValueKind.Number;
        }

        if (name.IsMatch && name.Category == CredentialCategory.ConnectionString)
        {
            return SecretValueKind.ConnectionStringWithoutSecret;
        }

        if (IsSettingName(v))
        {
            return SecretValueKind.SettingName;
        }

        if (IsGuid(v) && !name.IsMatch)
        {
            return SecretValueKind.Identifier;
        }

        if (IsText(v))
        {
            return SecretValueKind.Text;
        }

        if (v.Length < 4)
        {
            return SecretValueKind.TooShort;
        }

        return SecretValueKind.Plausible;
    }

    /// <summary>True for values that stand for a secret instead of being one: references, templates, placeholders.</summary>
    public static bool IsReferenceOrPlaceholder(string value)
    {
        string v = value.Trim();
        return v.Length == 0 || IsReference(v) || IsPlaceholder(v);
    }

    /// <summary>
    /// A variable or template reference: <c>$X</c>, <c>${X}</c>, <c>$(…)</c>, <c>%X%</c>, <c>$env:X</c>, <c>{{ … }}</c>,
    /// <c>{0}</c>/<c>{name}</c>, <c>#{X}#</c>, <c>__X__</c>, <c>@param</c>, <c>[parameters('x')]</c>, <c>@Microsoft.KeyVault(…)</c>.
    /// </summary>
    public static bool IsReference(string value)
    {
        string v = value.Trim();
        if (v.Length == 0)
        {
            return false;
        }

        if (v.IndexOf("${", StringComparison.Ordinal) >= 0 || v.IndexOf("$(", StringComparison.Ordinal) >= 0 ||
            v.IndexOf("{{", StringComparison.Ordinal) >= 0 || v.IndexOf("#{", StringComparison.Ordinal) >= 0 ||
            AsciiCase.IndexOf(v, "$env:") >= 0 || v.IndexOf("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase) >= 0 ||
            v.IndexOf("`$", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        char first = v[0];
        if (first == '$' && v.Length > 1 && (IsIdentifierStart(v[1]) || v[1] == '{'))
        {
            return true;
        }

        if (first == '%' && v.Length > 2 && v[v.Length - 1] == '%' && IsIdentifier(v, 1, v.Length - 2))
        {
            return true;
        }

        if (first == '{' && v[v.Length - 1] == '}' && v.Length > 2 && IsIdentifier(v, 1, v.Length - 2, allowDots: true))
        {
            return true;
        }

        if (first == '@' && v.Length > 1 && IsIdentifier(v, 1, v.Length - 1))
        {
            return true;
        }

        if (v.Length > 4 && v.StartsWith("__", StringComparison.Ordinal) && v.EndsWith("__", StringComparison.Ordinal) && IsIdentifier(v, 2, v.Length - 4))
        {
            return true;
        }

        if (first == '[' && v[v.Length - 1] == ']' && (v.IndexOf("parameters(", StringComparison.OrdinalIgnoreCase) > 0 || v.IndexOf("variables(", StringComparison.OrdinalIgnoreCase) > 0 || v.IndexOf("reference(", StringComparison.OrdinalIgnoreCase) > 0 || v.IndexOf("listKeys(", StringComparison.OrdinalIgnoreCase) > 0))
        {
            return true;
        }

        return false;
    }

    /// <summary>A placeholder or dummy meant to be replaced (see <see cref="SecretValueKind.Placeholder"/>).</summary>
    public static bool IsPlaceholder(string value)
    {
        string v = value.Trim();
        if (v.Length == 0)
        {
            return false;
        }

        if (v[0] == '<' && v[v.Length - 1] == '>')
        {
            return true;
        }

        bool allSame = true;
        for (int i = 1; i < v.Length; i++)
        {
            if (v[i] != v[0])
            {
                allSame = false;
                break;
            }
        }

        if (allSame && (v.Length >= 2 || !char.IsLetterOrDigit(v[0])))
        {
            return true;
        }

        if (PlaceholderWords.Contains(v) || PlaceholderWords.Contains(LettersAndDigits(v)))
        {
            return true;
        }

        foreach (var fragment in PlaceholderFragments)
        {
            if (AsciiCase.IndexOf(v, fragment) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHash(string v)
    {
        // PostgreSQL md5 password hash: "md5" + 32 hex digits
        if (v.Length == 35 && v.StartsWith("md5", StringComparison.Ordinal) && IsHex(v, 3, 32))
        {
            return true;
        }

        foreach (var prefix in HashPrefixes)
        {
            if (v.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PublicKeyPrefixes =
    {
        "ssh-rsa ", "ssh-ed25519 ", "ssh-dss ", "ecdsa-sha2-", "sk-ssh-ed25519@", "sk-ecdsa-sha2-", "-----BEGIN PUBLIC KEY-----",
        "-----BEGIN RSA PUBLIC KEY-----", "-----BEGIN CERTIFICATE-----", "-----BEGIN PGP PUBLIC KEY BLOCK-----",
    };

    private static bool IsPublicKey(string v)
    {
        foreach (var prefix in PublicKeyPrefixes)
        {
            if (v.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumberOrVersion(string v)
    {
        int start = v[0] == 'v' || v[0] == 'V' ? 1 : 0;
        if (start >= v.Length)
        {
            return false;
        }

        bool dots = false;
        for (int i = start; i < v.Length; i++)
        {
            char c = v[i];
            if (c == '.')
            {
                if (i == start || v[i - 1] == '.')
                {
                    return false;
                }

                dots = true;
            }
            else if (c < '0' || c > '9')
            {
                return false;
            }
        }

        // 1.2.3 and v1.2 are versions; a bare number is a number when short (a PIN of 4+ digits may be a secret).
        return dots ? v[v.Length - 1] != '.' : start == 0 && v.Length < 4;
    }

    private static bool IsFilePath(string v)
    {
        if (v.StartsWith("./", StringComparison.Ordinal) || v.StartsWith("../", StringComparison.Ordinal) || v.StartsWith("~/", StringComparison.Ordinal) ||
            v.StartsWith("\\\\", StringComparison.Ordinal) || v.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (v.Length >= 3 && char.IsLetter(v[0]) && v[1] == ':' && (v[2] == '\\' || v[2] == '/'))
        {
            return true;
        }

        // An absolute path; a base64 secret may start with '/', but then it has '+' or '=' or no second '/'.
        return v[0] == '/' && v.IndexOf('+') < 0 && v.IndexOf('=') < 0 && (v.IndexOf('/', 1) > 0 || v.IndexOf('.') > 0);
    }

    private static bool IsSettingName(string v)
    {
        // DB_PASSWORD, ORDERS_API_KEY
        bool screaming = v.IndexOf('_') > 0 && char.IsUpper(v[0]);
        bool kebab = char.IsLower(v[0]) && (v.IndexOf('-') > 0 || v.IndexOf('_') > 0);
        for (int i = 0; i < v.Length; i++)
        {
            char c = v[i];
            screaming &= (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            kebab &= (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
        }

        if (screaming)
        {
            return true;
        }

        // orders-db-password, db_password: a Key Vault secret name or a lower-case setting naming a credential.
        if (kebab && CredentialNames.Default.ContainsCredentialWord(v))
        {
            return true;
        }

        // ConnectionStrings:Default, Db:Password, ConnectionStrings__Default
        string separator = v.IndexOf(':') > 0 ? ":" : v.IndexOf("__", StringComparison.Ordinal) > 0 ? "__" : string.Empty;
        if (separator.Length > 0)
        {
            var segments = v.Split(new[] { separator }, StringSplitOptions.None);
            if (segments.Length < 2)
            {
                return false;
            }

            foreach (var segment in segments)
            {
                if (segment.Length == 0 || !char.IsLetter(segment[0]) || !IsIdentifier(segment, 0, segment.Length, allowDots: true))
                {
                    return false;
                }
            }

            return char.IsUpper(v[0]);
        }

        return false;
    }

    private static bool IsGuid(string v)
    {
        string t = v.Length == 38 && v[0] == '{' && v[37] == '}' ? v.Substring(1, 36) : v;
        if (t.Length != 36)
        {
            return false;
        }

        for (int i = 0; i < 36; i++)
        {
            char c = t[i];
            bool dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : !Uri.IsHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsText(string v)
    {
        if (v[v.Length - 1] == ':' && v.IndexOf(' ') > 0)
        {
            return true;
        }

        int spaces = 0;
        for (int i = 0; i < v.Length; i++)
        {
            if (v[i] == ' ' && i > 0 && v[i - 1] != ' ')
            {
                spaces++;
            }
        }

        return spaces >= 2;
    }

    private static bool IsHex(string v, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            if (!Uri.IsHexDigit(v[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string LettersAndDigits(string v)
    {
        var chars = new char[v.Length];
        int n = 0;
        foreach (char c in v)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[n++] = c;
            }
        }

        return new string(chars, 0, n);
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsIdentifier(string s, int start, int length, bool allowDots = false)
    {
        if (length <= 0)
        {
            return false;
        }

        for (int i = start; i < start + length; i++)
        {
            char c = s[i];
            if (!(char.IsLetterOrDigit(c) || c == '_' || (allowDots && (c == '.' || c == ' ' || c == '-'))))
            {
                return false;
            }
        }

        return true;
    }
}
