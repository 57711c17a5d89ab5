import Hummingbird

extension NewsDesk {
  /// The web pages and their assets.
  var pageEndpoints: [Endpoint] {
    var endpoints = [
      Endpoint.page(.get, "/static/{name}", id: "asset", summary: "The pages' stylesheet and script") {
        request, context in
        try Assets.response(context.parameters.get("name") ?? "")
      }
    ]
    endpoints += analyzePageEndpoints
    endpoints += storePageEndpoints
    return endpoints
  }
}
