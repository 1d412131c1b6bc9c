package vn.tonghop.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Method;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import vn.tonghop.support.PortalTest;
import vn.tonghop.support.Tokens;

/**
 * The parser's errors are worded outside the container in Vietnamese ({@link ErrorText#VIETNAMESE}) exactly as the
 * container's bundle words them, and in English for an English reader of the pages; the JSON API stays Vietnamese.
 */
@PortalTest
class TemplateErrorWordsTest {

    /** Arguments that take each {#if} both ways. */
    static List<Object[]> samples(Method m) {
        Object[] full = new Object[m.getParameterCount()];
        Object[] blank = new Object[m.getParameterCount()];
        for (int i = 0; i < full.length; i++) {
            Class<?> type = m.getParameterTypes()[i];
            full[i] = type == int.class ? 7 : "ma_" + i;
            blank[i] = type == int.class ? 0 : i == 0 ? "method" : "";
        }
        return List.of(full, blank);
    }

    @Test
    void withoutTheContainerTheWordsAreTheBundlesOwn() throws Exception {
        TemplateErrorMessages container = MessageBundles.get(TemplateErrorMessages.class);
        TemplateErrorMessages english = MessageBundles.get(TemplateErrorMessages.class, Localized.Literal.of("en"));
        for (Method m : TemplateErrorMessages.class.getDeclaredMethods()) {
            for (Object[] args : samples(m)) {
                String vietnamese = (String) m.invoke(ErrorText.VIETNAMESE, args);
                assertEquals(m.invoke(container, args), vietnamese, m.getName());
                String en = (String) m.invoke(english, args);
                assertNotEquals(vietnamese, en, m.getName());
                assertFalse(en.contains("{"), m.getName() + ": " + en);
            }
        }
    }

    @Test
    void anEnglishReaderOfTheUploadPageReadsEnglishAndTheApiStaysVietnamese() {
        String code = TemplateLibraryApiTest.newCode("tai-len-en");
        String broken = TemplateLibraryApiTest.yaml(code, "Mẫu tải lên sai").replace("type: percent", "type: phantram");
        String page = Tokens.as("vp.bimson").cookie("lang", "en").multiPart(TemplatePagesTest.text("yaml", broken))
                .post("/templates").then().statusCode(422).extract().asString();
        assertEquals(true, page.contains("The value &#39;phantram&#39; is not valid. Valid values:")
                || page.contains("The value 'phantram' is not valid. Valid values:"), page);
        String api = TemplateLibraryApiTest.yamlAs("vp.bimson").header("Accept-Language", "en").body(broken)
                .post("/api/templates/validate").then().statusCode(422).extract().asString();
        assertEquals(true, api.contains("Giá trị 'phantram' không hợp lệ. Giá trị hợp lệ:"), api);
    }
}
