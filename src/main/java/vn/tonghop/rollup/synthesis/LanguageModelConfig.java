package vn.tonghop.rollup.synthesis;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The optional language-model drafter ({@code tonghop.synthesis.llm.*}): an OpenAI-compatible endpoint the province
 * runs itself. Off by default; the extractive drafter, which needs no network, drafts otherwise and whenever the model
 * fails.
 */
@ConfigMapping(prefix = "tonghop.synthesis.llm")
public interface LanguageModelConfig {

    @WithDefault("false")
    boolean enabled();

    /** The endpoint's base URL, e.g. {@code http://llm.internal:8000/v1}. */
    Optional<String> baseUrl();

    /** The model's name at that endpoint. */
    Optional<String> model();

    /** Sent as the bearer key; many self-hosted endpoints need none. */
    Optional<String> apiKey();

    @WithDefault("60s")
    Duration timeout();
}
