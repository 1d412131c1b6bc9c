/**
 * Browser tests: the real portal driven by the system's headless Chromium (Debian packages {@code chromium} and
 * {@code chromium-driver}, installed by {@code .ci/run}; Selenium never downloads a browser or driver).
 * <p>
 * A journey is a class annotated {@link vn.tonghop.browser.BrowserTest} with a {@code Browser browser;} field, which
 * gets a fresh browser for each test method:
 *
 * <pre>
 * &#64;BrowserTest
 * class CommuneJourneyTest {
 *     Browser browser;
 *
 *     &#64;Test
 *     void communeFillsAndSubmits() {
 *         browser.loginAs("badinh.cb").open("/campaigns").clickLink("…");
 *         browser.fill("Số liệu", "12").click("Nộp báo cáo").waitForText("Đã nộp");
 *     }
 * }
 * </pre>
 * <ul>
 * <li>{@code loginAs(user)}: the portal's /login, the OIDC code flow through the WireMock provider's login page, and
 * back with a session cookie; any demo user. {@code signInAtProvider(user)} does the same from wherever the portal sent
 * an anonymous browser. {@code logout()} ends the session through the provider, so that another user can log in.</li>
 * <li>{@code open(path)}, {@code path()}, {@code waitForPath(regex)}.</li>
 * <li>{@code fill / select / check / value / field} take an element id or the visible label; date and time inputs take
 * ISO values.</li>
 * <li>{@code click(buttonText)}, {@code clickLink(linkText)}, {@code clickCss(selector)}.</li>
 * <li>{@code waitForText(text)}, {@code waitForText(id, text)}, {@code text()}, {@code text(id)}, {@code shows(id)},
 * {@code tableRows(tableId)}, {@code rowOf(selector)}.</li>
 * <li>{@code download(linkText)}: clicks and returns the downloaded file, e.g. to open with POI.</li>
 * <li>{@code driver()}: the Selenium {@code WebDriver} for anything else.</li>
 * </ul>
 * Waits are {@code WebDriverWait}s of 20 s on a condition. A failed test leaves
 * {@code target/browser-failures/<TestClass>-<method>.png} and {@code .html}.
 */
package vn.tonghop.browser;
