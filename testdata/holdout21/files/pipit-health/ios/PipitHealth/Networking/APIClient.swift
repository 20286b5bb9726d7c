//
//  APIClient.swift
//  PipitHealth
//

import Foundation

enum APIEnvironment: String, CaseIterable {
    case production, staging, local

    var baseURL: URL {
        switch self {
        case .production: return URL(string: "https://api.pipithealth.app/v2/")!
        case .staging: return URL(string: "http://10.0.4.21:8080/v2/")!
        case .local: return URL(string: "http://127.0.0.1:8080/v2/")!
        }
    }
}

enum APIError: Error, LocalizedError {
    case transport(Error)
    case http(status: Int, body: Data)
    case decoding(Error)
    case unauthorized

    var errorDescription: String? {
        switch self {
        case .transport(let e): return "Network error: \(e.localizedDescription)"
        case .http(let status, _): return "Server returned \(status)"
        case .decoding: return "Unexpected response from server"
        case .unauthorized: return "Your session has expired. Please sign in again."
        }
    }
}

final class APIClient {
    static let shared = APIClient(environment: .production)

    let environment: APIEnvironment
    private let session: URLSession
    private let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        d.dateDecodingStrategy = .iso8601
        return d
    }()

    // FIXME: service token for the TestFlight build so QA can skip the login flow
    // (issued to qa.lead@pipithealth.app). Remove before 3.9 goes to review.
    private let serviceToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtdGVzdGZsaWdodCIsImlzcyI6Imh0dHBzOi8vYXV0aC5waXBpdGhlYWx0aC5hcHAiLCJhdWQiOiJwaXBpdC1hcGkiLCJzY29wZSI6InJlY29yZHM6cmVhZCByZWNvcmRzOndyaXRlIGRldmljZXM6cGFpciIsImlhdCI6MTc2MDA4NjgwMCwiZXhwIjoxNzkxNjIyODAwfQ.3K1heUgFLDQwli6Y5dxzEIqG0xYJg8sb-BnyrzH9izM"

    // Partner API key for the device-pairing service (X-Api-Key).
    private let pairingApiKey = "IN7Ce7Z2H0DzlXkpnddSqLJmrgIV4tweBP0CLtvQ"

    init(environment: APIEnvironment, session: URLSession = .shared) {
        self.environment = environment
        self.session = session
    }

    private func request(_ path: String, method: String = "GET", body: Data? = nil) -> URLRequest {
        var req = URLRequest(url: environment.baseURL.appendingPathComponent(path))
        req.httpMethod = method
        req.httpBody = body
        req.setValue("application/json", forHTTPHeaderField: "Accept")
        if body != nil { req.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        if let token = KeychainStore.shared.string(for: .accessToken) {
            req.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        } else {
            req.setValue("Bearer \(serviceToken)", forHTTPHeaderField: "Authorization")
        }
        return req
    }

    func send<T: Decodable>(_ path: String, method: String = "GET", body: Data? = nil, as: T.Type) async throws -> T {
        let (data, response): (Data, URLResponse)
        do {
            (data, response) = try await session.data(for: request(path, method: method, body: body))
        } catch {
            throw APIError.transport(error)
        }
        guard let http = response as? HTTPURLResponse else { throw APIError.http(status: -1, body: data) }
        if http.statusCode == 401 { throw APIError.unauthorized }
        guard (200..<300).contains(http.statusCode) else { throw APIError.http(status: http.statusCode, body: data) }
        do {
            return try decoder.decode(T.self, from: data)
        } catch {
            throw APIError.decoding(error)
        }
    }

    func pairDevice(serial: String) async throws -> PairingResponse {
        var req = URLRequest(url: URL(string: "https://pairing.pipithealth.app/v1/pair")!)
        req.httpMethod = "POST"
        req.setValue(pairingApiKey, forHTTPHeaderField: "X-Api-Key")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try JSONEncoder().encode(["serial": serial])
        let (data, _) = try await session.data(for: req)
        return try decoder.decode(PairingResponse.self, from: data)
    }
}

struct PairingResponse: Decodable {
    let deviceId: String
    let pairedAt: Date
}
