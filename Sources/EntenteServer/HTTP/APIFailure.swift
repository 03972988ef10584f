import EntenteCore
import Foundation
import Hummingbird

/// Where Entente's errors become HTTP: each error code gets its status here and nowhere else,
/// and every failure is answered as `{"error": {"code", "message"}}`.
enum APIFailure {
    /// The status an error code is answered with.
    static func status(of code: EntenteError.Code) -> HTTPResponse.Status {
        switch code {
        case .invalidRequest, .invalidJSON, .invalidDate, .binaryInput, .invalidHTML, .noArticleText, .invalidFeed, .unsafeFeed,
             .gzipInvalid, .urlUnsupported:
            return .badRequest
        case .notFound: return .notFound
        case .unauthorized: return .unauthorized
        case .writesDisabled: return .forbidden
        case .tooLarge: return .contentTooLarge
        case .fetchFailed, .fetchTimeout, .httpStatus, .tooManyRedirects: return .badGateway
        case .storeUnavailable: return .serviceUnavailable
        case .storeFailed, .dictionarySyntax, .dictionaryInvalid, .modelInvalid, .fileUnreadable, .trainingData, .outputFailed:
            return .internalServerError
        }
    }

    /// The status, code and message `error` is answered with.
    static func describe(_ error: any Error) -> (status: HTTPResponse.Status, code: String, message: String) {
        switch error {
        case let error as EntenteError:
            return (status(of: error.code), error.code.rawValue, error.message)
        case let error as HTTPError:
            // Hummingbird's own: no route (404), a method the route lacks, a body over the limit.
            let code = error.status == .notFound ? EntenteError.Code.notFound.rawValue
                : error.status == .contentTooLarge ? EntenteError.Code.tooLarge.rawValue : "http-\(error.status.code)"
            return (error.status, code, error.body ?? error.status.reasonPhrase)
        case let error as any HTTPResponseError:
            return (error.status, "http-\(error.status.code)", error.status.reasonPhrase)
        default:
            // Never the error's text: it may name files or SQL.
            return (.internalServerError, "internal", "the server failed to answer")
        }
    }

    /// The JSON answer to `error`.
    static func response(to error: any Error) -> Response {
        let (status, code, message) = describe(error)
        return response(status: status, code: code, message: message)
    }

    static func response(status: HTTPResponse.Status, code: String, message: String) -> Response {
        let body = (try? JSONBody.data(["error": ["code": code, "message": message]])) ?? []
        return JSONBody.response(body, status: status)
    }
}

/// Turns every error thrown below it (the routes', the router's 404) into the JSON answer.
struct APIFailureMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, _, message) = APIFailure.describe(error)
            if status == .internalServerError {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            }
            // A page's failure is a page; the API's (and a program's) is JSON.
            guard !request.uri.path.hasPrefix("/api/"), request.uri.path != "/healthz" else { return APIFailure.response(to: error) }
            return APIFailure.page(status: status, message: message)
        }
    }
}

extension APIFailure {
    /// A plain page for a failed page request, its message escaped.
    static func page(status: HTTPResponse.Status, message: String) -> Response {
        let html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(status.code) · Entente</title><link rel="stylesheet" href="/assets/app.css"></head>
            <body><main id="main"><h1>\(status.code) \(Markup.escape(status.reasonPhrase))</h1><p>\(Markup.escape(message))</p><p><a href="/">Network</a></p></main></body></html>
            """
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}
