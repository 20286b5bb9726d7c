(* Tests for B64x: RFC 4648 vectors, the URL-safe alphabet and hex helpers. *)

open B64x

let rfc4648 =
  (* RFC 4648, section 10 *)
  [ ("", "");
    ("f", "Zg==");
    ("fo", "Zm8=");
    ("foo", "Zm9v");
    ("foob", "Zm9vYg==");
    ("fooba", "Zm9vYmE=");
    ("foobar", "Zm9vYmFy") ]

let rfc4648_base32 =
  [ ("", "");
    ("f", "MY======");
    ("fo", "MZXQ====");
    ("foo", "MZXW6===");
    ("foob", "MZXW6YQ=");
    ("fooba", "MZXW6YTB");
    ("foobar", "MZXW6YTBOI======") ]

let test_encode () =
  List.iter
    (fun (plain, enc) -> Alcotest.(check string) ("encode " ^ plain) enc (Base64.encode plain))
    rfc4648

let test_decode () =
  List.iter
    (fun (plain, enc) ->
      Alcotest.(check (result string string)) ("decode " ^ enc) (Ok plain) (Base64.decode enc))
    rfc4648

let test_base32 () =
  List.iter
    (fun (plain, enc) -> Alcotest.(check string) ("base32 " ^ plain) enc (Base32.encode plain))
    rfc4648_base32

let test_url_alphabet () =
  (* bytes fb ff bf encode to "+/+/" in the standard alphabet and "-_-_" in the URL one *)
  let s = "\xfb\xff\xbf\xfb\xff\xbf" in
  Alcotest.(check string) "std" "+/+/+/+/" (Base64.encode s);
  Alcotest.(check string) "url" "-_-_-_-_" (Base64.encode ~alphabet:Url s);
  Alcotest.(check string) "url, no pad" "Zg" (Base64.encode ~alphabet:Url ~pad:false "f")

let test_rfc7617_example () =
  (* RFC 7617, section 2: the user-id "Aladdin" and password "open sesame"
     give the credentials "QWxhZGRpbjpvcGVuIHNlc2FtZQ==" *)
  Alcotest.(check string) "basic" "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
    (Base64.encode "Aladdin:open sesame")

let test_rejects () =
  List.iter
    (fun bad ->
      match Base64.decode bad with
      | Ok s -> Alcotest.failf "decoded %S to %S" bad s
      | Error _ -> ())
    [ "Zg="; "Zg=a"; "Z"; "Zm9v!"; "====" ]

let test_hex () =
  (* FIPS 180-1: SHA-1("abc") *)
  let digest = "a9993e364706816aba3e25717850c26c9cd0d89d" in
  Alcotest.(check int) "length" 20 (String.length (Hex.decode digest));
  Alcotest.(check string) "round trip" digest (Hex.encode (Hex.decode digest));
  Alcotest.(check string) "upper" "DEADBEEF" (Hex.encode ~upper:true "\xde\xad\xbe\xef")

let () =
  Alcotest.run "b64x"
    [ ( "base64",
        [ Alcotest.test_case "encode" `Quick test_encode;
          Alcotest.test_case "decode" `Quick test_decode;
          Alcotest.test_case "url alphabet" `Quick test_url_alphabet;
          Alcotest.test_case "rfc7617" `Quick test_rfc7617_example;
          Alcotest.test_case "rejects" `Quick test_rejects ] );
      ("base32", [ Alcotest.test_case "encode" `Quick test_base32 ]);
      ("hex", [ Alcotest.test_case "sha1 digest" `Quick test_hex ]) ]
