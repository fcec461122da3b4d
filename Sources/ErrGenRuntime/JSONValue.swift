#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A JSON value as the server sent it, for the parts of an error body that have no fixed
/// shape.
public enum JSONValue: Hashable, Sendable, Codable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, by member name.
    case object([String: JSONValue])

    /// The member `key` of an object; nil for a missing member or a value that is not an
    /// object.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// The string, if the value is one.
    public var stringValue: String? {
        if case .string(let string) = self { string } else { nil }
    }

    /// The number, if the value is one.
    public var doubleValue: Double? {
        if case .number(let number) = self { number } else { nil }
    }

    /// The number, if the value is a number without a fractional part that fits an `Int`.
    public var intValue: Int? {
        doubleValue.flatMap { Int(exactly: $0) }
    }

    /// The Boolean, if the value is one.
    public var boolValue: Bool? {
        if case .bool(let bool) = self { bool } else { nil }
    }

    /// The elements, if the value is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let array) = self { array } else { nil }
    }

    /// The members, if the value is an object.
    public var objectValue: [String: JSONValue]? {
        if case .object(let object) = self { object } else { nil }
    }

    /// Decodes any JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Encodes the value as the JSON it stands for.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let bool): try container.encode(bool)
        case .number(let number): try container.encode(number)
        case .string(let string): try container.encode(string)
        case .array(let array): try container.encode(array)
        case .object(let object): try container.encode(object)
        }
    }

    /// Whether `byte` is JSON whitespace.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The members of one JSON object, taken one by one by the properties that read them;
    /// what is left is what none of them holds.
    struct Members {
        private(set) var remaining: [String: JSONValue]

        init(_ object: [String: JSONValue]) {
            remaining = object
        }

        /// `read` of the member `key`, which is then no longer left. Nil, and the member stays,
        /// when it is missing or `read` cannot read it.
        mutating func take<Value>(_ key: String, _ read: (JSONValue) -> Value?) -> Value? {
            guard let member = remaining[key], let value = read(member) else { return nil }
            remaining[key] = nil
            return value
        }

        /// `read` of the members of the object member `key`, which is no longer left when `read`
        /// took all of its members. Nil when the member is missing or not an object.
        mutating func take<Value>(object key: String, _ read: (inout Members) -> Value?) -> Value? {
            guard case .object(let object)? = remaining[key] else { return nil }
            var members = Members(object)
            let value = read(&members)
            if members.remaining.isEmpty { remaining[key] = nil }
            return value
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// A string value.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A number value.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// A number value.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// A Boolean value.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// An array value.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// An object value; a later duplicate key wins.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
    }
}
