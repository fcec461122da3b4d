/// The codes a page names in its headings rather than in tables: one section per error
/// (`## Error 1000: DNS points to a prohibited IP`, `### 404 not_found`, `## 7` on a page of
/// exit codes), and statuses that head the lists of codes under them (`## 400 BAD_REQUEST`).
struct HeadingCodes {
    /// Whether the page heads sections with statuses over tables or lists of codes: those
    /// headings are groups that give the codes under them their status, not codes.
    let statusHeadingsGroup: Bool
    /// The headings that name codes, by location: what each names.
    let named: [SourceLocation: (codes: [String], message: String, statuses: [Int])]

    /// The heading codes of `document`; none unless `enabled` (the front matter picks no
    /// tables) and two headings or more name codes. A heading over a table or list titles it
    /// and names no code; a heading that is a code alone names one only on a page about errors.
    init(_ document: MarkdownDocument, pageIsAboutErrors: Bool, enabled: Bool) {
        var statusHeadingsGroup = false
        var openStatuses: [Int] = []
        var sectionHeadings: [MarkdownHeading] = []
        var headingsOverTables: Set<SourceLocation> = []
        var headings: [MarkdownHeading] = []
        for block in document.blocks {
            switch block {
            case .heading(let heading):
                sectionHeadings.removeAll { $0.level >= heading.level }
                openStatuses = sectionHeadings.compactMap { Self.groupStatus($0.text) }
                sectionHeadings.append(heading)
                if let status = Self.groupStatus(heading.text) { openStatuses.append(status) }
                headings.append(heading)
            case .table:
                if !openStatuses.isEmpty { statusHeadingsGroup = true }
                headingsOverTables.formUnion(sectionHeadings.map(\.location))
            }
        }
        var named: [SourceLocation: (codes: [String], message: String, statuses: [Int])] = [:]
        for heading in headings where !headingsOverTables.contains(heading.location) {
            guard let found = Self.parse(heading.text), !statusHeadingsGroup || found.statuses.isEmpty, !found.bare || pageIsAboutErrors else { continue }
            named[heading.location] = (found.codes, found.message, found.statuses)
        }
        self.statusHeadingsGroup = statusHeadingsGroup
        self.named = enabled && named.count >= 2 ? named : [:]
    }

    /// The status a heading starts with, followed by its name or code (`400 BAD_REQUEST`,
    /// `420 FLOOD`, `404 Not Found`).
    static func groupStatus(_ text: String) -> Int? {
        guard let space = text.firstIndex(of: " "), let status = CellShape.httpStatus(String(text[..<space])), !status.hasReason, status.status < 600 else { return nil }
        return status.status
    }

    /// The codes, message and status of a heading that names an error: `Error 1000: DNS points
    /// to a prohibited IP`, `Errors 1006, 1007 or 1106 Access Denied`, `Error code E42 -
    /// Timeout`, or a status and its code, `404 not_found` (not `404 Not Found`, a status).
    static func parse(_ text: String) -> (codes: [String], message: String, statuses: [Int], bare: Bool)? {
        var words = text.split(separator: " ", omittingEmptySubsequences: true)[...]
        guard let first = words.first else { return nil }
        // `## 7`, `## ERROR_NO_MODEL`, `### validation_error`; not `wallet_sendCalls`, a method.
        if words.count == 1,
            CellShape.isNumber(text)
                || (CellShape.isCode(first, strict: true) && text.contains("_") && (!text.contains(where: \.isLowercase) || !text.contains(where: \.isUppercase)))
        {
            return ([text], "", [], true)
        }
        if let status = CellShape.httpStatus(String(first)), status.status < 600, !status.hasReason, words.count >= 2 {
            let rest = words.dropFirst()
            let phrase = rest.joined(separator: " ")
            // `403 unauthorized` or `429 too many requests`, not the reason phrase `403 Forbidden`.
            guard (rest.count == 1 && CellShape.isCode(rest.first!, strict: true)) || (phrase == phrase.lowercased() && phrase.contains(where: \.isLetter)) else { return nil }
            return ([phrase], "", [status.status], false)
        }
        // `EE101: Non-Unique Contract Names`: a code and its message, on a page about errors.
        if first.last == ":", words.count >= 2, CellShape.isCode(first.dropLast(), strict: true) || CellShape.isNumber(String(first.dropLast())) {
            return ([String(first.dropLast())], words.dropFirst().joined(separator: " "), [], true)
        }
        guard ["error", "errors"].contains(first.lowercased()) else { return nil }
        words = words.dropFirst()
        if let word = words.first, ["code", "codes", "code:", "codes:"].contains(word.lowercased()) { words = words.dropFirst() }
        var codes: [String] = []
        var ended = false
        while let word = words.first, !ended {
            if word == "or" || word == "and" || word == "/" { words = words.dropFirst(); continue }
            var token = word
            if let last = token.last, last == ":" || last == "," { token = token.dropLast(); ended = last == ":" }
            guard CellShape.isNumber(String(token)) || CellShape.isCode(token, strict: true) else { break }
            codes.append(String(token))
            words = words.dropFirst()
        }
        guard !codes.isEmpty else { return nil }
        let message = words.joined(separator: " ").drop { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" || $0 == ":" }
        return (codes, String(message), [], false)
    }
}
