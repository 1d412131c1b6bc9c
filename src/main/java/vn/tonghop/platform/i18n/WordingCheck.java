package vn.tonghop.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/** Reads the document wording and the vocabulary at start, so that a missing or broken file stops the portal there. */
@ApplicationScoped
class WordingCheck {

    void onStart(@Observes StartupEvent event) {
        DocumentWording.keys();
        Vocabulary.keys();
    }
}
