import EntenteCore
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
        case .storeFailed, .dictionarySyntax, .dictionaryInvalid, .modelInvalid, .fileUnreadable, .trainingData, .outputFailed:
            return .internalServerError
        }
    }

    /// The JSON answer to `error`.
    static func response(to error: any Error) -> Response {
        switch error {
        case let error as EntenteError:
            return response(status: status(of: error.code), code: error.code.rawValue, message: error.message)
        case let error as HTTPError:
            // Hummingbird's own: no route (404), a method the route lacks, a body over the limit.
            let code = error.status == .notFound ? EntenteError.Code.notFound.rawValue
                : error.status == .contentTooLarge ? EntenteError.Code.tooLarge.rawValue : "http-\(error.status.code)"
            return response(status: error.status, code: code, message: error.body ?? error.status.reasonPhrase)
        case let error as any HTTPResponseError:
            return response(status: error.status, code: "http-\(error.status.code)", message: error.status.reasonPhrase)
        default:
            // Never the error's text: it may name files or SQL.
            return response(status: .internalServerError, code: "internal", message: "the server failed to answer")
        }
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
            if APIFailure.status(of: error) == .internalServerError {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            }
            return APIFailure.response(to: error)
        }
    }
}

extension APIFailure {
    static func status(of error: any Error) -> HTTPResponse.Status {
        switch error {
        case let error as EntenteError: return status(of: error.code)
        case let error as any HTTPResponseError: return error.status
        default: return .internalServerError
        }
    }
}
