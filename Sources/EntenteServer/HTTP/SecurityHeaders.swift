import HTTPTypes
import Hummingbird

/// Headers every answer carries, errors included. Articles are hostile input: even if one's
/// `<script>` reached a page, no inline or foreign script would run, the page could not be
/// framed, and a browser would not guess a type the server did not give.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String {
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HeaderNames.frameOptions] = "DENY"
        response.headers[HeaderNames.referrerPolicy] = "no-referrer"
        return response
    }
}

/// Header names HTTPTypes does not spell.
enum HeaderNames {
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
