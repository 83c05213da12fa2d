// SDK shapes used by the transport samples (EXK2xx), in their real namespaces with real member names.
// Partial so that other families' stubs of the same types merge instead of clashing.
using System;

namespace RestSharp
{
    public partial class RestClientOptions
    {
        public RestClientOptions() { }

        public RestClientOptions(string baseUrl) => BaseUrl = new Uri(baseUrl);

        public Uri? BaseUrl { get; set; }

        public System.Net.Security.RemoteCertificateValidationCallback? RemoteCertificateValidationCallback { get; set; }
    }

    public partial class RestClient : IDisposable
    {
        public RestClient(RestClientOptions options) => Options = options;

        public RestClientOptions Options { get; }

        public void Dispose() { }
    }
}

namespace WebSocket4Net
{
    public partial class WebSocket : IDisposable
    {
        public WebSocket(string uri, string subProtocol = "", string origin = "") => Uri = uri;

        public string Uri { get; }

        public void Open() { }

        public void Dispose() { }
    }
}
