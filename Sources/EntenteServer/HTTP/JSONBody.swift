import EntenteStore
import Foundation
import Hummingbird

/// JSON answers, in the shapes of ``StoreJSON``.
enum JSONBody {
    /// `object` (dictionaries, arrays, strings, numbers, NSNull) as JSON bytes.
    static func data(_ object: Any) throws -> [UInt8] {
        try StoreJSON.bytes(object)
    }

    /// A 200 (or `status`) answer with `object` as its JSON body.
    static func response(_ object: Any, status: HTTPResponse.Status = .ok) throws -> Response {
        response(try data(object), status: status)
    }

    static func response(_ bytes: [UInt8], status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
