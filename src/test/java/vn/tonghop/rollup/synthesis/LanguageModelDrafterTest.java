package vn.tonghop.rollup.synthesis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * The optional language-model drafter: sentences keep only citations of real sources, and a failing or useless model
 * leaves the draft to the extractive drafter; through a real OpenAI-compatible endpoint (WireMock) as configured.
 */
class LanguageModelDrafterTest {

    static final List<SourceText> SOURCES = List.of(
            new SourceText("14794", "UBND phường Ba Đình", 3, "<p>Đã niêm yết 120 thủ tục.</p>"),
            new SourceText("14797", "UBND phường Ngọc Trạo", 2, "<p>Niêm yết đủ 118 thủ tục.</p>"));

    static final Draft FALLBACK = new Draft(
            List.of(new DraftSentence("bản rút trích", List.of(new Citation("14794", "UBND phường Ba Đình", 3)))));

    final Drafter extractive = (heading, sources) -> FALLBACK;

    @Test
    void sentencesCiteOnlyRealSources() {
        LanguageModelDrafter drafter = new LanguageModelDrafter(prompt -> {
            assertTrue(prompt.contains("[14794] UBND phường Ba Đình: Đã niêm yết 120 thủ tục."), prompt);
            return """
                    Các phường đã niêm yết công khai thủ tục hành chính. [14794, 14797]
                    - Phường Ba Đình niêm yết 120 thủ tục. [14794]
                    Một ý bịa ra. [99999]
                    Một câu không có nguồn.
                    """;
        }, extractive);
        Draft draft = drafter.draft("Kết quả", SOURCES);
        assertEquals(
                List.of("Các phường đã niêm yết công khai thủ tục hành chính.", "Phường Ba Đình niêm yết 120 thủ tục."),
                draft.sentences().stream().map(DraftSentence::text).toList());
        assertEquals(List.of(new Citation("14794", "UBND phường Ba Đình", 3),
                new Citation("14797", "UBND phường Ngọc Trạo", 2)), draft.sentences().get(0).citations());
    }

    @Test
    void aFailingOrUselessModelLeavesTheDraftToTheExtractiveDrafter() {
        assertSame(FALLBACK, new LanguageModelDrafter(p -> {
            throw new IllegalStateException("endpoint down");
        }, extractive).draft("Kết quả", SOURCES));
        assertSame(FALLBACK,
                new LanguageModelDrafter(p -> "Không có nguồn nào.", extractive).draft("Kết quả", SOURCES));
    }

    @Test
    void anOpenAiCompatibleEndpointDrafts() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        try {
            server.stubFor(post(urlPathEqualTo("/v1/chat/completions")).withRequestBody(containing("14797"))
                    .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                            {"id": "1", "object": "chat.completion", "created": 1, "model": "qwen",
                             "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant",
                               "content": "Hai phường niêm yết 238 thủ tục. [14794, 14797]"}}],
                             "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}}
                            """)));
            OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(server.baseUrl() + "/v1").apiKey("none")
                    .modelName("qwen").timeout(Duration.ofSeconds(10)).build();
            Draft draft = new LanguageModelDrafter(model::chat, extractive).draft("Kết quả", SOURCES);
            assertEquals("Hai phường niêm yết 238 thủ tục.", draft.sentences().get(0).text());
            assertEquals(2, draft.sentences().get(0).citations().size());
        } finally {
            server.stop();
        }
    }
}
