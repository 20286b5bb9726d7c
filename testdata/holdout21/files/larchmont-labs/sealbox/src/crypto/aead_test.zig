//! Known-answer tests for sealbox's AEAD and hash wrappers.
//!
//! Vectors are copied from the RFCs / FIPS documents named on each test; do not
//! "fix" them to match the implementation.

const std = @import("std");
const testing = std.testing;
const aead = @import("aead.zig");
const hash = @import("hash.zig");

fn unhex(comptime hex: []const u8) [hex.len / 2]u8 {
    var out: [hex.len / 2]u8 = undefined;
    _ = std.fmt.hexToBytes(&out, hex) catch unreachable;
    return out;
}

// RFC 8439, section 2.8.2: AEAD_CHACHA20_POLY1305 example.
test "chacha20-poly1305 seal matches RFC 8439 2.8.2" {
    const key = unhex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
    const nonce = unhex("070000004041424344454647");
    const ad = unhex("50515253c0c1c2c3c4c5c6c7");
    const plaintext = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.";
    const expected_ct = unhex(
        "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6" ++
        "3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36" ++
        "92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc" ++
        "3ff4def08e4b7a9de576d26586cec64b6116"
    );
    const expected_tag = unhex("1ae10b594f09e26a7e902ecbd0600691");

    var ct: [plaintext.len]u8 = undefined;
    var tag: [aead.tag_length]u8 = undefined;
    aead.seal(&ct, &tag, plaintext, &ad, nonce, key);
    try testing.expectEqualSlices(u8, &expected_ct, &ct);
    try testing.expectEqualSlices(u8, &expected_tag, &tag);

    var back: [plaintext.len]u8 = undefined;
    try aead.open(&back, &ct, tag, &ad, nonce, key);
    try testing.expectEqualStrings(plaintext, &back);
}

test "chacha20-poly1305 open rejects a flipped tag bit" {
    const key = unhex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
    const nonce = unhex("070000004041424344454647");
    var ct: [5]u8 = undefined;
    var tag: [aead.tag_length]u8 = undefined;
    aead.seal(&ct, &tag, "hello", "", nonce, key);
    tag[0] ^= 0x01;
    var out: [5]u8 = undefined;
    try testing.expectError(error.AuthenticationFailed, aead.open(&out, &ct, tag, "", nonce, key));
}

// FIPS 180-4 examples (NIST CSRC "SHA256.pdf").
test "sha256 known answers" {
    const cases = .{
        .{ "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
        .{ "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
        .{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
    };
    inline for (cases) |c| {
        var digest: [32]u8 = undefined;
        hash.sha256(c[0], &digest);
        try testing.expectEqualSlices(u8, &unhex(c[1]), &digest);
    }
}

// RFC 4231, test case 2 (key shorter than the block size).
test "hmac-sha256 RFC 4231 case 2" {
    var mac: [32]u8 = undefined;
    hash.hmacSha256(&mac, "what do ya want for nothing?", "Jefe");
    try testing.expectEqualSlices(u8, &unhex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"), &mac);
}

test "constant-time compare" {
    const a = [_]u8{ 0xde, 0xad, 0xbe, 0xef };
    const b = [_]u8{ 0xde, 0xad, 0xbe, 0xee };
    try testing.expect(hash.timingSafeEql(&a, &a));
    try testing.expect(!hash.timingSafeEql(&a, &b));
}
