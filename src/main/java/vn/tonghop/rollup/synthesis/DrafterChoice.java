package vn.tonghop.rollup.synthesis;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.langchain4j.model.openai.OpenAiChatModel;
import io.quarkus.runtime.Startup;

/**
 * The drafter of the synthesis: the extractive one, or the language model in front of it when configured. Chosen at
 * start, so that a model switched on without an endpoint stops the portal instead of a user's consolidation page.
 */
@Startup
@ApplicationScoped
public class DrafterChoice {

    @Inject
    ExtractiveDrafter extractive;

    @Inject
    LanguageModelConfig config;

    private Drafter chosen;

    @PostConstruct
    void choose() {
        chosen = config.enabled() ? languageModel() : extractive;
    }

    public Drafter drafter() {
        return chosen;
    }

    private Drafter languageModel() {
        String baseUrl = config.baseUrl().orElseThrow(() -> new IllegalStateException(
                "tonghop.synthesis.llm.enabled=true needs tonghop.synthesis.llm.base-url"));
        OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(config.apiKey().orElse("none"))
                .modelName(config.model().orElse("default")).timeout(config.timeout()).temperature(0.2).build();
        return new LanguageModelDrafter(model::chat, extractive);
    }
}
