using ContainerGuard.Tests.Infrastructure;
using ContainerGuard.Tests.Secrets;
using static ContainerGuard.Tests.Infrastructure.DockerfileVerifier;

namespace ContainerGuard.Tests.Dockerfile.Rules;

public class CG4041SecretInRunRuleTests
{
    private const string Id = "CG4041";

    [Theory]
    [InlineData("RUN echo 'root:[|S3cr3t!x|]' | chpasswd")]
    [InlineData("RUN echo \"app:[|S3cr3t!x|]\" | chpasswd && echo done")]
    [InlineData("RUN echo -e 'root:[|S3cr3t!x|]\\nadmin:[|Adm1nPw!|]' | chpasswd")]
    [InlineData("RUN echo \"[|Tr0ub4dor_3|]\" | docker login --password-stdin -u bot registry.example.com")]
    [InlineData("RUN printf '%s' '[|Tr0ub4dor_3|]' | docker login --password-stdin -u bot")]
    [InlineData("RUN echo '[|Tr0ub4dor_3|]' | passwd --stdin app")]
    [InlineData("RUN mysql -uroot -p[|S3cret99|] -e 'select 1'")]
    [InlineData("RUN mysqladmin -u root --password=[|S3cret99|] status")]
    [InlineData("RUN docker login -u bot -p [|Tr0ub4dor_3|] registry.example.com")]
    [InlineData("RUN docker login -u bot --password [|Tr0ub4dor_3|] registry.example.com")]
    [InlineData("RUN sshpass -p [|Tr0ub4dor_3|] scp a b")]
    [InlineData("RUN sshpass -p[|Tr0ub4dor_3|] ssh host")]
    [InlineData("RUN htpasswd -bc /etc/nginx/.htpasswd admin [|Tr0ub4dor_3|]")]
    [InlineData("RUN htpasswd -nb admin [|Tr0ub4dor_3|] > /etc/nginx/.htpasswd")]
    [InlineData("RUN curl -u deploy:[|Tr0ub4dor_3|] https://repo.example.com/a.tgz -o a.tgz")]
    [InlineData("RUN curl --user deploy:[|Tr0ub4dor_3|] -fsSL https://repo.example.com/a.tgz")]
    [InlineData("RUN curl -udeploy:[|Tr0ub4dor_3|] https://repo.example.com/a.tgz")]
    [InlineData("RUN curl -fsSL https://deploy:[|Tr0ub4dor_3|]@repo.example.com/a.tgz")]
    [InlineData("RUN wget --password=[|Tr0ub4dor_3|] --user=deploy https://repo.example.com/a.tgz")]
    [InlineData("RUN PGPASSWORD=[|S3cret99|] psql -h db -U app -c 'select 1'")]
    [InlineData("RUN export DB_PASSWORD=[|S3cret99|] && ./migrate.sh")]
    [InlineData("RUN echo \"DB_PASSWORD=[|S3cret99|]\" >> /app/.env")]
    [InlineData("RUN redis-cli -a [|S3cret99|] ping")]
    [InlineData("RUN /opt/mssql-tools/bin/sqlcmd -S localhost -U sa -P [|Pa55w0rd!|] -Q 'select 1'")]
    [InlineData("RUN openssl pkcs12 -export -in a.crt -inkey a.key -out a.pfx -passout pass:[|Tr0ub4dor_3|]")]
    [InlineData("RUN keytool -importcert -keystore ks.jks -storepass [|Tr0ub4dor_3|] -file a.crt")]
    [InlineData("RUN mysql -e \"CREATE USER 'app'@'%' IDENTIFIED BY '[|S3cret99|]'\"")]
    [InlineData("RUN psql -c \"ALTER USER postgres WITH PASSWORD '[|S3cret99|]'\"")]
    [InlineData("RUN useradd -m -p [|plaintextpw|] app")]
    [InlineData("RUN dotnet nuget add source https://pkgs.example.com/index.json --username bot --password [|Tr0ub4dor_3|]")]
    [InlineData("RUN dotnet ef database update --connection \"Server=db;User Id=sa;Password=[|Pa55w0rd!|];\"")]
    [InlineData("RUN <<EOF\nset -e\necho 'root:[|S3cr3t!x|]' | chpasswd\nEOF")]
    [InlineData("CMD mysql -uroot -p[|S3cret99|] app")]
    [InlineData("COPY <<EOF /app/.env\nDB_HOST=db\nDB_PASSWORD=[|S3cret99x|]\nEOF")]
    [InlineData("RUN cat <<EOF > /app/appsettings.json\n{ \"ConnectionStrings\": { \"Db\": \"Server=db;Password=[|S3cret99x|];\" } }\nEOF")]
    [InlineData("RUN python3 <<EOF\nimport os\nAPI_TOKEN = 'x'\npassword='[|S3cret99x|]'\nEOF")]
    [InlineData("ONBUILD RUN mysql -uroot -p[|S3cret99|]")]
    [InlineData("ENTRYPOINT [\"mysql\", \"-uroot\", \"-p[|S3cret99|]\"]")]
    [InlineData("HEALTHCHECK CMD redis-cli -a [|S3cret99|] ping")]
    [InlineData("RUN echo \"machine github.com login bot password [|S3cret99x|]\" > /root/.netrc")]
    [InlineData("RUN echo '{\"credentials\":{\"password\":\"[|S3cret99x|]\"}}' > /app/appsettings.json")]
    [InlineData("RUN sh -c \"mysql -uroot -p[|S3cret99|] -e \\\"select 1\\\"\"")]
    [InlineData("RUN bash -c 'echo \"root:[|S3cr3t!x|]\" | chpasswd'")]
    [InlineData("RUN bash -c \"docker login -u bot \\\n  -p [|Tr0ub4dor_3|] registry.example.com\"")]
    public void Fires_on_a_literal_credential(string run)
    {
        Verify(Id, "FROM alpine:3.20\n" + run + "\n");
    }

    [Fact]
    public void Fires_on_tokens_in_urls_and_words()
    {
        string auth = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("bot:" + "S3cret99x"));
        Verify(Id, "FROM alpine:3.20\nRUN echo '{\"auths\":{\"registry.example.com\":{\"auth\":\"[|" + auth + "|]\"}}}' > /root/.docker/config.json\n");
        Verify(Id, "FROM alpine:3.20\nRUN git clone https://x-access-token:[|" + FakeSecrets.GitHubClassic + "|]@github.com/org/repo.git /src\n");
        Verify(Id, "FROM alpine:3.20\nRUN npm config set //registry.npmjs.org/:_authToken=[|" + FakeSecrets.Npm + "|]\n");
        Verify(Id, "FROM alpine:3.20\nRUN /bin/echo -e 'export GOOGLE_API_KEY=\"[|" + FakeSecrets.Google + "|]\"\\nexport GOOGLE_DEFAULT_CLIENT_SECRET=\"[|kdloedMFGdGla2P1|]\"' > /etc/keys\n");
        Verify(Id, "FROM alpine:3.20\nRUN [\"curl\", \"-H\", \"Authorization: Bearer [|" + FakeSecrets.Repeat("q9Wt", 6) + "|]\", \"https://api.example.com\"]\n");
    }

    [Theory]
    [InlineData("RUN --mount=type=secret,id=reg cat /run/secrets/reg | docker login --password-stdin -u bot registry.example.com")]
    [InlineData("RUN --mount=type=secret,id=reg docker login -u bot -p \"$(cat /run/secrets/reg)\" registry.example.com")]
    [InlineData("RUN echo \"$REGISTRY_PASSWORD\" | docker login --password-stdin -u bot")]
    [InlineData("RUN echo \"root:${ROOT_PASSWORD}\" | chpasswd")]
    [InlineData("RUN echo 'root:$6$salt$hashedvalue' | chpasswd -e")]
    [InlineData("RUN mysql -uroot -p$MYSQL_ROOT_PASSWORD -e 'select 1'")]
    [InlineData("RUN mysql -uroot -p -e 'select 1'")]
    [InlineData("RUN mysql -u root -p mydb < dump.sql")]
    [InlineData("RUN mysqladmin -u root --password S3cret99 status")]
    [InlineData("RUN docker run -p 8080:80 nginx")]
    [InlineData("RUN mkdir -p /app/data && apt-get install -y curl")]
    [InlineData("RUN useradd -m -p \"$(openssl passwd -1 $PW)\" app")]
    [InlineData("RUN useradd -m -p '$6$abc$def' app")]
    [InlineData("RUN adduser --disabled-password --gecos '' app")]
    [InlineData("RUN cat /etc/passwd | grep app > /rootfs/etc/passwd")]
    [InlineData("RUN sed -i 's/#PasswordAuthentication yes/PasswordAuthentication no/' /etc/ssh/sshd_config")]
    [InlineData("RUN sed -i \"s/^password=.*/password=${DB_PASSWORD}/\" /app/config.ini")]
    [InlineData("RUN curl -u deploy https://repo.example.com/a.tgz")]
    [InlineData("RUN curl -u \"deploy:$TOKEN\" https://repo.example.com/a.tgz")]
    [InlineData("RUN curl -fsSL https://repo.example.com/a.tgz | tar -xz")]
    [InlineData("RUN PGPASSWORD=$(cat /run/secrets/pg) psql -h db")]
    [InlineData("RUN export PASSWORD_FILE=/run/secrets/pw")]
    [InlineData("RUN echo 'secret_key=$AWS_SECRET_KEY'")]
    [InlineData("RUN keytool -importcert -keystore ks.jks -storepass changeit -file a.crt")]
    [InlineData("RUN docker build --secret id=npm,src=/tmp/npmrc .")]
    [InlineData("RUN gpg --batch --keyserver keyserver.ubuntu.com --recv-keys A035C8C19219BA821ECEA86B64E628F8D684696D")]
    [InlineData("RUN apt-get update && apt-get install -y --no-install-recommends libsecret-1-dev")]
    [InlineData("RUN echo \"mpd ALL=NOPASSWD: /usr/bin/mount\" >> /etc/sudoers")]
    [InlineData("RUN pip install --trusted-host pypi.org --token-file /run/secrets/t pkg")]
    [InlineData("RUN echo \"$PASSWORD\" | docker login --password-stdin")]
    [InlineData("COPY <<EOF /app/.env\nDB_PASSWORD_FILE=/run/secrets/db\nDB_PASSWORD=${DB_PASSWORD}\nEOF")]
    [InlineData("RUN echo \"machine github.com login bot password $GH_TOKEN\" > /root/.netrc")]
    [InlineData("RUN echo '{\"password\": \"${DB_PASSWORD}\", \"passwordFile\": \"/run/secrets/db\"}' > /app/config.json")]
    [InlineData("ENTRYPOINT [\"docker-entrypoint.sh\", \"--password-file\", \"/run/secrets/pw\"]")]
    public void Silent(string run)
    {
        VerifySilent(Id, "FROM alpine:3.20\n" + run + "\n");
    }

    [Fact]
    public void Message_names_the_pattern_and_never_contains_the_secret()
    {
        string secret = "Tr0ub4dor_3-" + "staple";
        var finding = Assert.Single(Verify(Id, "FROM alpine:3.20\nRUN echo 'root:[|" + secret + "|]' | chpasswd\n"));
        Assert.Contains("chpasswd", finding.Message);
        Assert.False(finding.Message.Contains(secret, StringComparison.Ordinal), "the message contains the secret");

        var token = Assert.Single(Verify(Id, "FROM alpine:3.20\nRUN git clone https://[|" + FakeSecrets.GitHubClassic + "|]@github.com/o/r\n"));
        Assert.False(token.Message.Contains(FakeSecrets.GitHubClassic, StringComparison.Ordinal), "the message contains the token");
    }

    [Fact]
    public void A_huge_docker_login_command_is_checked_in_linear_time()
    {
        // 200k words after "docker login": each option is looked at once.
        string words = string.Concat(Enumerable.Repeat(" -u bot", 100_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        DockerfileVerifier.VerifySilent("CG4041", "FROM alpine:3.20\nRUN docker login" + words + "\n");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), watch.Elapsed.ToString());
    }

    [Fact]
    public void A_run_with_thousands_of_secrets_reports_each_once_in_linear_time()
    {
        string commands = string.Join(" && ", Enumerable.Range(0, 20_000).Select(i => $"echo 'u{i}:Pw{i}-Secret' | chpasswd"));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var findings = DockerfileVerifier.Lint("FROM alpine:3.20\nRUN " + commands + "\n").Where(f => f.RuleId == "CG4041").ToList();
        Assert.Equal(20_000, findings.Count);
        Assert.Equal(20_000, findings.Select(f => f.Span).Distinct().Count());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), watch.Elapsed.ToString());
    }
}
