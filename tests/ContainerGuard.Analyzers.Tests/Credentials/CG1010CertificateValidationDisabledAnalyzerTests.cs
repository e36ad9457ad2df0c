using ContainerGuard.Analyzers.Tests.Infrastructure;
using VerifyCS = ContainerGuard.Analyzers.Tests.Infrastructure.Verifier<ContainerGuard.Analyzers.Credentials.CG1010CertificateValidationDisabledAnalyzer>;

namespace ContainerGuard.Analyzers.Tests.Credentials;

public class CG1010CertificateValidationDisabledAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Net;
        using System.Net.Http;
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;

        """;

    [Fact]
    public Task Lambda_returning_true_on_HttpClientHandler_fires() => VerifyCS.VerifyAsync(Usings + """
        class C
        {
            HttpClient Create()
            {
                var handler = new HttpClientHandler();
                handler.ServerCertificateCustomValidationCallback = {|CG1010:(message, cert, chain, errors) => true|};
                return new HttpClient(handler);
            }
        }
        """);

    [Fact]
    public Task Block_lambda_that_only_returns_true_fires() => VerifyCS.VerifyAsync(Usings + """
        class C
        {
            HttpClientHandler Create() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = {|CG1010:(m, c, ch, e) =>
                {
                    Console.WriteLine("accepting");
                    return true;
                }|},
            };
        }
        """);

    [Fact]
    public Task Anonymous_method_fires() => VerifyCS.VerifyAsync(Usings + """
        class C
        {
            void M(HttpClientHandler handler)
            {
                handler.ServerCertificateCustomValidationCallback = {|CG1010:delegate { return true; }|};
            }
        }
        """);

    [Fact]
    public Task Method_group_whose_body_returns_true_fires() => VerifyCS.VerifyAsync(Usings + """
        class C
        {
            void M(HttpClientHandler handler)
            {
                handler.ServerCertificateCustomValidationCallback = {|CG1010:AcceptAll|};
            }

            static bool AcceptAll(HttpRequestMessage m, X509Certificate2? c, X509Chain? ch, SslPolicyErrors e) => true;
        }
        """);

    [Fact]
    public Task DangerousAcceptAnyServerCertificateValidator_fires() => VerifyCS.VerifyAsync(Usings + """
        class C
        {
            void M(HttpClientHandler handler)
            {
                handler.ServerCertificateCustomValidationCallback = {|CG1010:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
            }
        }
        """);

    [Fact]
    public Task DangerousAcceptAnyServerCertificateValidator_fires_in_a_derived_handler_and_through_a_variable() => VerifyCS.VerifyAsync(Usings + """
        class TrustingHandler : HttpClientHandler
        {
            public TrustingHandler()
            {
                var validator = {|CG1010:DangerousAcceptAnyServerCertificateValidator|};
                ServerCertificateCustomValidationCallback = validator;
            }
        }
        """);

    [Fact]
    public Task Nameof_and_a_same_named_member_elsewhere_are_silent() => VerifyCS.VerifyAsync(Usings + """
        class Settings
        {
            public static bool DangerousAcceptAnyServerCertificateValidator => false;
            public string Describe() => nameof(HttpClientHandler.DangerousAcceptAnyServerCertificateValidator) + DangerousAcceptAnyServerCertificateValidator;
        }
        """);

    [Fact]
    public Task ServicePointManager_compound_assignment_fires() => VerifyCS.VerifyAsync(Usings + """
        class C
        {
            void M()
            {
        #pragma warning disable SYSLIB0014
                ServicePointManager.ServerCertificateValidationCallback += {|CG1010:(sender, cert, chain, errors) => true|};
        #pragma warning restore SYSLIB0014
            }
        }
        """);

    [Fact]
    public Task SslClientAuthenticationOptions_and_SocketsHttpHandler_fire() => VerifyCS.VerifyAsync(Usings + """
        class C
        {
            void M()
            {
                var options = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = {|CG1010:(s, c, ch, e) => true|} };
                var handler = new SocketsHttpHandler();
                handler.SslOptions.RemoteCertificateValidationCallback = {|CG1010:(s, c, ch, e) => (true)|};
            }
        }
        """);

    [Fact]
    public Task New_RemoteCertificateValidationCallback_and_SslStream_argument_fire() => VerifyCS.VerifyAsync(Usings + """
        class C
        {
            void M(System.IO.Stream stream)
            {
                var callback = new RemoteCertificateValidationCallback({|CG1010:Accept|});
                var ssl = new SslStream(stream, false, {|CG1010:(s, c, ch, e) => true|});
            }

            static bool Accept(object sender, X509Certificate? c, X509Chain? ch, SslPolicyErrors e)
            {
                return true;
            }
        }
        """);

    [Fact]
    public Task Callback_that_checks_the_errors_is_silent() => VerifyCS.VerifyAsync(Usings + """
        class C
        {
            void M(HttpClientHandler handler, string thumbprint)
            {
                handler.ServerCertificateCustomValidationCallback = (m, cert, chain, errors) => errors == SslPolicyErrors.None;
                handler.ServerCertificateCustomValidationCallback = (m, cert, chain, errors) =>
                {
                    if (errors == SslPolicyErrors.None)
                    {
                        return true;
                    }

                    return cert?.Thumbprint == thumbprint;
                };
                handler.ServerCertificateCustomValidationCallback = Check;
            }

            static bool Check(HttpRequestMessage m, X509Certificate2? c, X509Chain? ch, SslPolicyErrors e)
            {
                if (e != SslPolicyErrors.None) throw new InvalidOperationException("bad certificate");
                return true;
            }
        }
        """);

    [Fact]
    public Task Other_delegates_returning_true_are_silent() => VerifyCS.VerifyAsync(Usings + """
        class C
        {
            void M()
            {
                Func<string, bool> always = s => true;
                Predicate<int> any = delegate { return true; };
            }
        }
        """);
}
