import DatelineKit

/// The OpenAPI 3.1 document of the JSON API, built from the same ``Endpoint`` list the router
/// registers.
///
/// ```swift
/// let document = OpenAPIDocument(endpoints: desk.endpoints).json.serialized(pretty: true)
/// ```
struct OpenAPIDocument {
  var endpoints: [Endpoint]

  var json: JSONValue {
    var paths: [(String, [(String, JSONValue)])] = []
    for endpoint in endpoints where endpoint.documented {
      let operation = (endpoint.method.rawValue.lowercased(), Self.operation(endpoint))
      if let index = paths.firstIndex(where: { $0.0 == endpoint.path }) {
        paths[index].1.append(operation)
      } else {
        paths.append((endpoint.path, [operation]))
      }
    }
    return .object([
      ("openapi", .string("3.1.0")),
      (
        "info",
        .object([
          ("title", .string("Dateline")),
          ("version", .string("1")),
          (
            "description",
            .string(
              "News wire copy as structured, queryable knowledge. Offsets count Unicode scalars into an article's "
                + "`text`. Errors are RFC 9457 problem details. Writing endpoints need the server's bearer token."
            )
          ),
        ])
      ),
      ("paths", .object(paths.map { ($0.0, .object($0.1)) })),
      (
        "components",
        .object([
          ("securitySchemes", .object([("bearer", .object([("type", "http"), ("scheme", "bearer")]))])),
          ("schemas", .object(Self.schemas)),
        ])
      ),
    ])
  }

  static func operation(_ endpoint: Endpoint) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("operationId", .string(endpoint.operationID)),
      ("summary", .string(endpoint.summary)),
    ]
    if !endpoint.parameters.isEmpty {
      fields.append(
        (
          "parameters",
          .array(
            endpoint.parameters.map { parameter in
              .object([
                ("name", .string(parameter.name)),
                ("in", .string(parameter.location.rawValue)),
                ("required", .bool(parameter.required)),
                ("description", .string(parameter.description)),
                ("schema", .object([("type", .string(parameter.type))])),
              ])
            })
        ))
    }
    if !endpoint.bodyTypes.isEmpty {
      fields.append(
        (
          "requestBody",
          .object([
            ("required", .bool(true)),
            (
              "content",
              .object(endpoint.bodyTypes.map { ($0, .object([("schema", .object([("type", "string")]))])) })
            ),
          ])
        ))
    }
    var responses: [(String, JSONValue)] = endpoint.responses.map { reply in
      var content: [(String, JSONValue)] = []
      if let schema = reply.schema {
        content.append(("schema", .object([("$ref", .string("#/components/schemas/" + schema))])))
      }
      return (
        String(reply.status),
        .object([
          ("description", .string(reply.description)),
          ("content", .object([(reply.contentType, .object(content))])),
        ])
      )
    }
    if endpoint.access == .token {
      fields.append(("security", .array([.object([("bearer", .array([]))])])))
      responses.append(
        ("401", .object([("description", "No or a wrong bearer token"), ("content", problemContent)])))
    }
    fields.append(("responses", .object(responses)))
    return .object(fields)
  }

  static let problemContent: JSONValue = .object([
    ("application/problem+json", .object([("schema", .object([("$ref", "#/components/schemas/Problem")]))]))
  ])

  static func object(_ properties: [(String, JSONValue)], required: [String] = []) -> JSONValue {
    var fields: [(String, JSONValue)] = [("type", "object"), ("properties", .object(properties))]
    if !required.isEmpty { fields.append(("required", .array(required.map { .string($0) }))) }
    return .object(fields)
  }

  static func type(_ name: String, nullable: Bool = false) -> JSONValue {
    nullable ? .object([("type", .array([.string(name), "null"]))]) : .object([("type", .string(name))])
  }

  static func ref(_ name: String) -> JSONValue {
    .object([("$ref", .string("#/components/schemas/" + name))])
  }

  static func array(of item: JSONValue) -> JSONValue { .object([("type", "array"), ("items", item)]) }

  static let schemas: [(String, JSONValue)] = [
    (
      "Problem",
      object(
        [
          ("type", type("string")), ("title", type("string")), ("status", type("integer")),
          ("detail", type("string")), ("code", type("string")), ("input", type("string")),
        ], required: ["type", "title", "status"])
    ),
    (
      "Article",
      .object([
        (
          "description",
          "The article as `dateline analyze` prints it (docs/output.md, docs/article.schema.json)."
        ),
        ("type", "object"),
        ("required", .array(["id", "input", "source", "text", "paragraphs", "sentences"])),
      ])
    ),
    (
      "ArticleSummary",
      object(
        [
          ("key", type("string")), ("id", type("string")), ("source", type("string")),
          ("agency", type("string", nullable: true)), ("outlet", type("string", nullable: true)),
          ("url", type("string", nullable: true)), ("headline", type("string", nullable: true)),
          ("published", type("string", nullable: true)), ("country", type("string", nullable: true)),
          ("place", type("string", nullable: true)), ("dateline", type("string", nullable: true)),
          ("cluster", type("string")), ("numArticles", type("integer")), ("numSources", type("integer")),
          ("topActors", array(of: type("string"))),
        ], required: ["key", "id", "source", "cluster"])
    ),
    (
      "StoredArticle",
      object(
        [("summary", ref("ArticleSummary")), ("article", ref("Article"))], required: ["summary", "article"])
    ),
    (
      "ArticleList",
      object(
        [
          ("articles", array(of: ref("ArticleSummary"))), ("limit", type("integer")),
          ("offset", type("integer")),
          ("next", type("string", nullable: true)),
        ], required: ["articles", "limit", "offset"])
    ),
    (
      "ItemList",
      .object([
        (
          "description",
          "Items of one array of the stored articles' JSON (events, quotes), each with the key and headline of its article."
        ),
        ("type", "object"),
        ("properties", .object([("items", array(of: type("object"))), ("limit", type("integer"))])),
        ("required", .array(["items"])),
      ])
    ),
    (
      "Entity",
      object(
        [
          ("name", type("string")), ("articles", array(of: ref("ArticleSummary"))),
          ("mentions", array(of: type("object"))), ("quotes", array(of: type("object"))),
          ("events", array(of: type("object"))),
        ], required: ["name", "articles"])
    ),
    (
      "WriteSummary",
      object(
        [
          ("inserted", type("integer")), ("duplicates", type("integer")), ("clustered", type("integer")),
          ("keys", array(of: type("string"))),
        ], required: ["inserted", "duplicates", "clustered"])
    ),
  ]
}
