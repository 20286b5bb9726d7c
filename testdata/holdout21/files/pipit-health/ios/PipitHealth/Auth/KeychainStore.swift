//
//  KeychainStore.swift
//  PipitHealth
//
//  Thin wrapper over the Security framework for the few values we keep in the
//  keychain: the OAuth access/refresh tokens and the user's password when they
//  opt into "remember me" on shared iPads.
//

import Foundation
import Security

final class KeychainStore {
    static let shared = KeychainStore(service: "app.pipit.health.auth")

    enum Key: String, CaseIterable {
        case accessToken = "access_token"
        case refreshToken = "refresh_token"
        case idToken = "id_token"
        case rememberedPassword = "remembered_password"
    }

    enum KeychainError: Error, Equatable {
        case unexpectedStatus(OSStatus)
        case invalidData
    }

    private let service: String
    private let accessGroup: String?

    init(service: String, accessGroup: String? = nil) {
        self.service = service
        self.accessGroup = accessGroup
    }

    private func baseQuery(for key: Key) -> [String: Any] {
        var q: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: key.rawValue,
        ]
        if let accessGroup { q[kSecAttrAccessGroup as String] = accessGroup }
        return q
    }

    func set(_ value: String, for key: Key) throws {
        let data = Data(value.utf8)
        var query = baseQuery(for: key)
        let attrs: [String: Any] = [
            kSecValueData as String: data,
            kSecAttrAccessible as String: kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly,
        ]
        let status = SecItemUpdate(query as CFDictionary, attrs as CFDictionary)
        switch status {
        case errSecSuccess:
            return
        case errSecItemNotFound:
            query.merge(attrs) { _, new in new }
            let add = SecItemAdd(query as CFDictionary, nil)
            guard add == errSecSuccess else { throw KeychainError.unexpectedStatus(add) }
        default:
            throw KeychainError.unexpectedStatus(status)
        }
    }

    func string(for key: Key) -> String? {
        var query = baseQuery(for: key)
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }

    func remove(_ key: Key) {
        SecItemDelete(baseQuery(for: key) as CFDictionary)
    }

    func removeAll() {
        Key.allCases.forEach(remove)
    }

    // MARK: - Convenience

    func password(for account: String) -> String? {
        guard UserDefaults.standard.string(forKey: "rememberedAccount") == account else { return nil }
        return string(for: .rememberedPassword)
    }

    func setPassword(_ password: String, for account: String) throws {
        UserDefaults.standard.set(account, forKey: "rememberedAccount")
        try set(password, for: .rememberedPassword)
    }
}

#if DEBUG
/// In-memory stand-in for SwiftUI previews and unit tests.
final class PreviewKeychain {
    static let sample: [KeychainStore.Key: String] = [
        .accessToken: "preview-access-token",
        .refreshToken: "preview-refresh-token",
        .rememberedPassword: "preview-password",
    ]
    private var values = sample
    func string(for key: KeychainStore.Key) -> String? { values[key] }
    func set(_ value: String, for key: KeychainStore.Key) { values[key] = value }
}
#endif
