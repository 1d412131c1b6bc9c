package vn.tonghop.rollup.synthesis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.langchain4j.model.openai.OpenAiChatModel;

/** The drafter of the synthesis: the extractive one, or the language model in front of it when configured. */
@ApplicationScoped
public class DrafterChoice {

    @Inject
    ExtractiveDrafter extractive;

    @Inject
    LanguageModelConfig config;

    private volatile Drafter chosen;

    public Drafter drafter() {
        Drafter d = chosen;
        if (d == null) {
            d = config.enabled() ? languageModel() : extractive;
            chosen = d;
        }
        return d;
    }

    private Drafter languageModel() {
        String baseUrl = config.baseUrl().orElseThrow(() -> new IllegalStateException(
                "tonghop.synthesis.llm.enabled=true needs tonghop.synthesis.llm.base-url"));
        OpenAiChatModel model = OpenAiChatModel.builder().baseUrl(baseUrl).apiKey(config.apiKey().orElse("none"))
                .modelName(config.model().orElse("default")).timeout(config.timeout()).temperature(0.2).build();
        return new LanguageModelDrafter(model::chat, extractive);
    }
}
