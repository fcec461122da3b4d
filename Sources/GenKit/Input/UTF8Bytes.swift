extension StringProtocol {
    /// Calls `body` with the text's UTF-8 bytes, read in place where they are contiguous, as a
    /// native string's and its substrings' are: several times faster than through the view's
    /// iterator, and catalogue text is scanned cell by cell. Other text is copied first.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
