using System;
using System.Collections.Generic;
using ContainerGuard.Configuration;
using ContainerGuard.Text;

namespace ContainerGuard.Secrets;

/// <summary>What a credential-like name holds, which decides what value is plausible for it.</summary>
public enum CredentialCategory
{
    Password,
    Secret,
    Token,
    Key,

    /// <summary>A connection string: a secret only when its value carries one (<c>Password=</c>, <c>AccountKey=</c>…).</summary>
    ConnectionString,
    Credential,

    /// <summary>A name from <see cref="ContainerGuardConfiguration.SecretNames"/>.</summary>
    Configured,
}

/// <summary>The answer of <see cref="CredentialNames.Match"/>: the credential word found in a name, if any.</summary>
public readonly struct CredentialNameMatch
{
    internal CredentialNameMatch(string name, string word, CredentialCategory category)
    {
        Name = name;
        Word = word;
        Category = category;
    }

    public static CredentialNameMatch None => default;

    public bool IsMatch => Word != null;

    /// <summary>The name that was examined (<c>DbPassword</c>).</summary>
    public string? Name { get; }

    /// <summary>The credential word that matched, canonical and lower case (<c>password</c>, <c>api key</c>, <c>connection string</c>).</summary>
    public string? Word { get; }

    public CredentialCategory Category { get; }

    public override string ToString() => IsMatch ? $"'{Name}' ({Word})" : "(no match)";
}

/// <summary>
/// Decides whether a name (variable, property, setting, environment variable, parameter) is credential-like.
/// The name is split into words on camelCase, PascalCase, <c>_</c>, <c>-</c>, <c>.</c>, <c>:</c>, spaces and
/// digits; a credential word must be a whole word (or a known compound such as <c>dbpassword</c>), so
/// <c>passthrough</c>, <c>compass</c>, <c>tokenizer</c>, <c>keyboard</c> and <c>passenger</c> do not match.
/// A name that describes a credential instead of holding one is not credential-like: a qualifier after the
/// credential word (<c>PasswordLabel</c>, <c>TokenEndpoint</c>, <c>SecretName</c>, <c>PASSWORD_FILE</c>,
/// <c>PasswordHash</c>, <c>TOKEN_TYPE</c>, <c>…_REQUIRED</c>) or a switch before it (<c>IsPasswordSet</c>,
/// <c>ENABLE_…</c>, <c>ALLOW_EMPTY_PASSWORD</c>).
/// Decision: a password hash/salt is not the secret, so <c>PasswordHash</c> is not credential-like.
/// Thread-safe and immutable.
/// </summary>
public sealed class CredentialNames
{
    /// <summary>The built-in vocabulary only.</summary>
    public static CredentialNames Default { get; } = new(Array.Empty<string>());

    // Whole words (after splitting) that name a credential.
    private static readonly Dictionary<string, CredentialCategory> BuiltInWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["password"] = CredentialCategory.Password,
        ["passwords"] = CredentialCategory.Password,
        ["passwd"] = CredentialCategory.Password,
        ["pwd"] = CredentialCategory.Password,
        ["pass"] = CredentialCategory.Password,
        ["passphrase"] = CredentialCategory.Password,
        ["secret"] = CredentialCategory.Secret,
        ["secrets"] = CredentialCategory.Secret,
        ["token"] = CredentialCategory.Token,
        ["tokens"] = CredentialCategory.Token,
        ["pat"] = CredentialCategory.Token,
        ["bearer"] = CredentialCategory.Token,
        ["apikey"] = CredentialCategory.Key,
        ["apikeys"] = CredentialCategory.Key,
        ["accesskey"] = CredentialCategory.Key,
        ["secretkey"] = CredentialCategory.Key,
        ["privatekey"] = CredentialCategory.Key,
        ["accountkey"] = CredentialCategory.Key,
        ["storagekey"] = CredentialCategory.Key,
        ["masterkey"] = CredentialCategory.Key,
        ["sharedaccesskey"] = CredentialCategory.Key,
        ["subscriptionkey"] = CredentialCategory.Key,
        ["encryptionkey"] = CredentialCategory.Key,
        ["clientsecret"] = CredentialCategory.Secret,
        ["connectionstring"] = CredentialCategory.ConnectionString,
        ["connectionstrings"] = CredentialCategory.ConnectionString,
        ["connstr"] = CredentialCategory.ConnectionString,
        ["connstring"] = CredentialCategory.ConnectionString,
        ["credential"] = CredentialCategory.Credential,
        ["credentials"] = CredentialCategory.Credential,
        ["creds"] = CredentialCategory.Credential,
    };

    // A word ending in one of these is a compound credential word: DBPASSWORD, mysqlrootpassword, appsecret, githubtoken.
    private static readonly string[] CompoundSuffixes =
    {
        "password", "passwd", "passphrase", "secret", "token", "apikey", "accesskey", "secretkey", "privatekey", "accountkey",
    };

    // "pass" glued to these is a password (ROOTPASS, dbpass); anything else (compass, bypass, surpass) is not.
    private static readonly HashSet<string> PassCompoundPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "root", "admin", "db", "user", "my", "sql", "mysql", "pg", "ldap", "ftp", "smtp", "mail", "redis", "app", "sa", "sys",
        "master", "key", "store", "keystore", "truststore", "srcstore", "deststore", "srckey", "destkey", "rabbit", "mq", "vnc", "rdp", "ssh", "web", "api", "proxy", "git",
    };

    // "<word> key" phrases that name a secret key. "key" alone (GPG_KEY, PUBLIC_KEY, SIGNING_KEY id) does not.
    private static readonly HashSet<string> KeyPhraseHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "api", "access", "secret", "private", "account", "storage", "master", "encryption", "subscription", "app", "auth",
        "client", "hmac", "license", "licence", "ssh", "deploy", "workspace",
    };

    // Before "pass" these mean a processing pass, not a password: FirstPass, RENDER_PASS.
    private static readonly HashSet<string> PassNotPassword = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "third", "final", "last", "next", "previous", "prev", "render", "compile", "compiler", "build",
        "single", "multi", "double", "one", "two", "boarding", "bus", "day", "season", "free", "hall", "fail", "test", "tests",
        "lint", "check", "shader", "optimization", "opt", "analysis", "lowering", "by", "over", "under",
    };

    // Before "token" these name a token that is not a credential: CancellationToken, ContinuationToken, SyntaxToken.
    private static readonly HashSet<string> TokenNotCredential = new(StringComparer.OrdinalIgnoreCase)
    {
        "cancellation", "continuation", "next", "page", "paging", "sync", "change", "antiforgery", "syntax", "resume", "delta",
        "cursor", "idempotency", "correlation", "lexer", "parser", "end", "start", "open", "close", "eof", "first", "last",
        "current", "previous", "prev", "peek", "skip", "pagination", "lease", "concurrency", "etag", "word", "text", "string",
    };

    // After the credential word these describe the credential rather than hold it: PasswordLabel, TokenEndpoint, SECRET_NAME.
    private static readonly HashSet<string> DescriptiveSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "label", "labels", "prompt", "hint", "text", "caption", "title", "message", "msg", "placeholder", "description", "desc",
        "help", "tooltip", "error", "errors", "hash", "hashed", "hasher", "salt", "digest", "endpoint", "endpoints", "url", "urls",
        "uri", "uris", "host", "name", "names", "file", "files", "filename", "path", "paths", "dir", "directory", "folder",
        "location", "length", "len", "min", "max", "minimum", "maximum", "count", "policy", "policies", "type", "types", "kind",
        "mode", "format", "set", "required", "require", "enabled", "enable", "disabled", "expiry", "expires", "expiration",
        "expire", "expired", "lifetime", "ttl", "timeout", "age", "header", "field", "column", "param", "parameter", "id", "ids",
        "version", "ref", "reference", "arn", "manager", "provider", "store", "handler", "service", "validator", "validation",
        "generator", "strength", "complexity", "rotation", "regex", "pattern", "env", "var", "variable", "command", "cmd",
        "script", "helper", "source", "prefix", "suffix", "method", "scheme", "option", "options", "flag", "enum", "index",
        "class", "property", "attribute", "changed", "change", "reset", "lockout", "attempts", "retries", "retry", "audience",
        "issuer", "authority", "scope", "scopes", "claim", "claims", "request", "response", "cache", "validity", "valid", "invalid",
        "status", "state", "input", "box", "textbox", "form", "dialog", "view", "page", "screen", "button", "link", "size", "bits",
        "algorithm", "alg", "uid", "mount", "volume", "exists", "present", "provided", "supplied", "configured", "used", "needed",
        "vault", "keyvault", "holder", "stdin", "through", "thru", "rate", "fail", "failed", "ratio", "from", "auth", "authentication", "login", "less", "list", "map", "usage",
        "expected",
    };

    // Before the credential word these make the name a switch or a limit: IsPasswordSet, ENABLE_TOKEN_AUTH, ALLOW_EMPTY_PASSWORD.
    private static readonly HashSet<string> SwitchPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "has", "enable", "enabled", "disable", "disabled", "use", "require", "requires", "allow", "allows", "show",
        "hide", "no", "skip", "empty", "random", "min", "max", "validate", "check", "generate", "forgot", "num", "should", "can",
        "must", "ignore", "without", "with",
    };

    private readonly HashSet<string> _configuredWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string[]> _configuredPhrases = new();
    private readonly HashSet<string> _configuredWholeNames = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="extraNames">Extra credential names (<c>pin</c>, <c>otp</c>, <c>signing key</c>, <c>MY_VENDOR_CODE</c>).</param>
    public CredentialNames(IEnumerable<string>? extraNames)
    {
        foreach (var extra in extraNames ?? Array.Empty<string>())
        {
            if (string.IsNullOrWhiteSpace(extra))
            {
                continue;
            }

            var words = SplitWords(extra.Trim());
            if (words.Count == 1)
            {
                _configuredWords.Add(words[0]);
            }
            else if (words.Count > 1)
            {
                _configuredPhrases.Add(words.ToArray());
            }

            _configuredWholeNames.Add(Normalize(extra));
        }
    }

    /// <summary>The built-in vocabulary plus <see cref="ContainerGuardConfiguration.SecretNames"/>.</summary>
    public static CredentialNames For(ContainerGuardConfiguration configuration)
        => configuration.SecretNames.Count == 0 ? Default : configuration.CredentialNamesCache ??= new CredentialNames(configuration.SecretNames);

    public bool IsCredentialName(string? name) => Match(name).IsMatch;

    /// <summary>Finds the credential word in <paramref name="name"/>, or <see cref="CredentialNameMatch.None"/>.</summary>
    public CredentialNameMatch Match(string? name)
    {
        if (name is null || name.Length < 3 || name.Length > 256)
        {
            return CredentialNameMatch.None;
        }

        if (_configuredWholeNames.Count > 0 && _configuredWholeNames.Contains(Normalize(name)))
        {
            return new CredentialNameMatch(name, Normalize(name), CredentialCategory.Configured);
        }

        if (_configuredWords.Count == 0 && _configuredPhrases.Count == 0 && !HasCredentialRoot(name))
        {
            return CredentialNameMatch.None;
        }

        var words = SplitWords(name);
        int last = -1;
        string? word = null;
        var category = CredentialCategory.Secret;
        for (int i = 0; i < words.Count; i++)
        {
            if (TryCredentialWord(words, i, out var w, out var c))
            {
                last = i;
                word = w;
                category = c;
            }
        }

        if (word is null)
        {
            return CredentialNameMatch.None;
        }

        for (int i = last + 1; i < words.Count; i++)
        {
            if (DescriptiveSuffixes.Contains(words[i]))
            {
                return CredentialNameMatch.None;
            }
        }

        for (int i = 0; i < last; i++)
        {
            if (SwitchPrefixes.Contains(words[i]))
            {
                return CredentialNameMatch.None;
            }
        }

        return new CredentialNameMatch(name, word, category);
    }

    // Every built-in credential word contains one of these: a name without any is rejected without allocating.
    private static readonly string[] CredentialRoots = { "pas", "pwd", "secret", "token", "key", "cred", "conn", "bearer", "pat" };

    private static bool HasCredentialRoot(string name)
    {
        // One pass over the name: at each letter that starts a root, compare the roots starting with it.
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c >= 'A' && c <= 'Z')
            {
                c = (char)(c | 0x20);
            }

            if (c != 'p' && c != 's' && c != 't' && c != 'k' && c != 'c' && c != 'b')
            {
                continue;
            }

            foreach (var root in CredentialRoots)
            {
                if (root[0] == c && AsciiCase.StartsWithAt(name, i, root))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when any word of <paramref name="name"/> is a credential word, qualifiers ignored (<c>kv-db-password-name</c>).</summary>
    public bool ContainsCredentialWord(string? name)
    {
        if (name is null || name.Length < 3 || name.Length > 256)
        {
            return false;
        }

        var words = SplitWords(name);
        for (int i = 0; i < words.Count; i++)
        {
            if (TryCredentialWord(words, i, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    private bool TryCredentialWord(List<string> words, int i, out string word, out CredentialCategory category)
    {
        string w = words[i];
        if (_configuredWords.Count > 0 && _configuredWords.Contains(w))
        {
            word = w.ToLowerInvariant();
            category = CredentialCategory.Configured;
            return true;
        }

        foreach (var phrase in _configuredPhrases)
        {
            if (EndsWithPhrase(words, i, phrase))
            {
                word = string.Join(" ", phrase).ToLowerInvariant();
                category = CredentialCategory.Configured;
                return true;
            }
        }

        if (BuiltInWords.TryGetValue(w, out category))
        {
            if (string.Equals(w, "pass", StringComparison.OrdinalIgnoreCase) && i > 0 && PassNotPassword.Contains(words[i - 1]))
            {
                word = string.Empty;
                return false;
            }

            if (category == CredentialCategory.Token && i > 0 && TokenNotCredential.Contains(words[i - 1]))
            {
                word = string.Empty;
                return false;
            }

            word = w.ToLowerInvariant();
            return true;
        }

        // Phrases: "api key", "access key", "shared access key", "connection string", "conn str".
        if ((Is(w, "key") || Is(w, "keys")) && i > 0 && KeyPhraseHeads.Contains(words[i - 1]))
        {
            word = words[i - 1].ToLowerInvariant() + " key";
            category = CredentialCategory.Key;
            return true;
        }

        if ((Is(w, "string") || Is(w, "strings") || Is(w, "str")) && i > 0 && (Is(words[i - 1], "connection") || Is(words[i - 1], "conn")))
        {
            word = "connection string";
            category = CredentialCategory.ConnectionString;
            return true;
        }

        foreach (var suffix in CompoundSuffixes)
        {
            if (w.Length > suffix.Length + 1 && w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                word = suffix;
                category = suffix.StartsWith("pass", StringComparison.Ordinal) ? CredentialCategory.Password
                    : suffix == "secret" ? CredentialCategory.Secret
                    : suffix == "token" ? CredentialCategory.Token
                    : CredentialCategory.Key;
                return true;
            }
        }

        if (w.Length > 4 && w.EndsWith("pass", StringComparison.OrdinalIgnoreCase) && PassCompoundPrefixes.Contains(w.Substring(0, w.Length - 4)))
        {
            word = "pass";
            category = CredentialCategory.Password;
            return true;
        }

        word = string.Empty;
        category = default;
        return false;
    }

    private static bool EndsWithPhrase(List<string> words, int end, string[] phrase)
    {
        int start = end - phrase.Length + 1;
        if (start < 0)
        {
            return false;
        }

        for (int k = 0; k < phrase.Length; k++)
        {
            if (!Is(words[start + k], phrase[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Is(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string name)
    {
        var chars = new char[name.Length];
        int n = 0;
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, n);
    }

    /// <summary>
    /// Splits an identifier into words: on any character that is not a letter or digit, at lower→upper
    /// (<c>dbPassword</c>), before the last capital of a capital run followed by lower case (<c>APIKey</c> → API, Key),
    /// and between letters and digits (<c>Password2</c>).
    /// </summary>
    public static List<string> SplitWords(string name)
    {
        var words = new List<string>(4);
        int start = -1;
        for (int i = 0; i <= name.Length; i++)
        {
            char c = i < name.Length ? name[i] : '\0';
            bool isWordChar = i < name.Length && char.IsLetterOrDigit(c);
            if (!isWordChar)
            {
                if (start >= 0)
                {
                    words.Add(name.Substring(start, i - start));
                    start = -1;
                }

                continue;
            }

            if (start < 0)
            {
                start = i;
                continue;
            }

            char p = name[i - 1];
            bool boundary =
                (char.IsLower(p) && char.IsUpper(c)) ||
                (char.IsDigit(p) != char.IsDigit(c)) ||
                (char.IsUpper(p) && char.IsUpper(c) && i + 1 < name.Length && char.IsLower(name[i + 1]));
            if (boundary)
            {
                words.Add(name.Substring(start, i - start));
                start = i;
            }
        }

        return words;
    }
}
