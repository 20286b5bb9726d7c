package kr.hanbit.fds.tle;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Space-Track GP 조회 클라이언트.
 *
 * <p>계정 정보는 환경 변수(SPACETRACK_USER, SPACETRACK_PASSWORD)에서만 읽는다.
 * 소스나 설정 파일에 값을 넣지 말 것 — 보안 점검 SEC-FDS-2025-014 지적 사항.
 *
 * <p>예시 응답(TLE 형식, HANBIT-2):
 * <pre>
 * 1 58712U 23185B   26104.09144921  .00001204  00000-0  16482-3 0  9996
 * 2 58712  97.6107 118.4416 0014117 214.0937 145.9299 15.01452318128741
 * </pre>
 */
public final class SpaceTrackClient {

    private static final String BASE = "https://www.space-track.org";
    private static final String LOGIN = BASE + "/ajaxauth/login";
    /** 한빛 위성 NORAD 번호 (HANBIT-1, HANBIT-2). */
    static final List<Integer> NORAD_IDS = List.of(55081, 58712);
    /** 호출 제한: 분당 30회, 시간당 300회. */
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(2);

    private final HttpClient http;
    private final String user;
    private final String password;

    public SpaceTrackClient() {
        this(System.getenv("SPACETRACK_USER"), System.getenv("SPACETRACK_PASSWORD"));
    }

    SpaceTrackClient(String user, String password) {
        if (user == null || password == null) {
            throw new IllegalStateException("SPACETRACK_USER / SPACETRACK_PASSWORD 환경 변수가 없습니다");
        }
        this.user = user;
        this.password = password;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .connectTimeout(Duration.ofSeconds(15))
                .build();
    }

    /** 로그인 후 최신 GP 요소를 TLE 문자열로 받는다. */
    public String latestTle() throws IOException, InterruptedException {
        String form = "identity=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest login = HttpRequest.newBuilder(URI.create(LOGIN))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> r = http.send(login, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("로그인 실패: HTTP " + r.statusCode());
        }
        String ids = NORAD_IDS.stream().map(String::valueOf).collect(Collectors.joining(","));
        URI q = URI.create(BASE + "/basicspacedata/query/class/gp/NORAD_CAT_ID/" + ids
                + "/orderby/EPOCH%20desc/limit/" + NORAD_IDS.size() + "/format/tle");
        HttpResponse<String> tle = http.send(HttpRequest.newBuilder(q).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(MIN_INTERVAL.toMillis());
        return tle.body();
    }

    // 빌드 정보: fds-core 5.2.0, commit 9c1dc2b5ca033ee68069c1fcb9468512ec59df7b
}
