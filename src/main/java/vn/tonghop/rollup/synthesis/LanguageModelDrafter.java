package vn.tonghop.rollup.synthesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.jsoup.Jsoup;

/**
 * Drafts a section with a language model: the units' answers go in, each tagged with its unit code; one sentence per
 * line comes back, each ending with the codes it draws on. A sentence is kept only when every code it cites is one of
 * the sources (so every citation points at a real answer); when the model fails or keeps nothing, the fallback drafts.
 */
public final class LanguageModelDrafter implements Drafter {

    private static final Logger LOG = Logger.getLogger(LanguageModelDrafter.class);
    private static final Pattern LINE = Pattern.compile("^\\s*(?:[-*•]\\s*)?(.+?)\\s*\\[([^\\[\\]]+)]\\s*\\.?\\s*$");

    private final UnaryOperator<String> model;
    private final Drafter fallback;

    /**
     * @param model
     *            the prompt to the model's answer
     */
    public LanguageModelDrafter(UnaryOperator<String> model, Drafter fallback) {
        this.model = model;
        this.fallback = fallback;
    }

    @Override
    public Draft draft(String heading, List<SourceText> sources) {
        if (sources.isEmpty()) {
            return fallback.draft(heading, sources);
        }
        Map<String, SourceText> byCode = new LinkedHashMap<>();
        sources.forEach(s -> byCode.put(s.unitCode(), s));
        String answer;
        try {
            answer = model.apply(prompt(heading, sources));
        } catch (RuntimeException e) {
            LOG.warnf("language-model draft of '%s' failed, drafted without it: %s", heading, e.getMessage());
            return fallback.draft(heading, sources);
        }
        List<DraftSentence> sentences = new ArrayList<>();
        for (String line : answer == null ? new String[0] : answer.split("\\R")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            List<Citation> citations = new ArrayList<>();
            boolean known = true;
            for (String code : m.group(2).split("[,;\\s]+")) {
                SourceText s = byCode.get(code.trim());
                if (s == null) {
                    known = false;
                    break;
                }
                citations.add(new Citation(s.unitCode(), s.unitName(), s.version()));
            }
            if (known && !citations.isEmpty()) {
                sentences.add(new DraftSentence(m.group(1).trim(), citations));
            }
        }
        return sentences.isEmpty() ? fallback.draft(heading, sources) : new Draft(sentences);
    }

    static String prompt(String heading, List<SourceText> sources) {
        StringBuilder p = new StringBuilder(
                """
                        Bạn tổng hợp báo cáo của cơ quan hành chính. Dưới đây là nội dung các đơn vị báo cáo cho mục "%s".
                        Hãy viết bản tổng hợp bằng tiếng Việt, văn phong hành chính: gộp các ý trùng nhau, cộng các số liệu cùng \
                        loại, không thêm thông tin không có trong nguồn. Mỗi câu một dòng; cuối mỗi câu ghi trong ngoặc vuông \
                        mã các đơn vị có ý đó, cách nhau bởi dấu phẩy, ví dụ: [14794, 14797].

                        """
                        .formatted(heading));
        for (SourceText s : sources) {
            p.append('[').append(s.unitCode()).append("] ").append(s.unitName()).append(": ")
                    .append(Jsoup.parse(s.html()).text()).append('\n');
        }
        return p.toString();
    }
}
