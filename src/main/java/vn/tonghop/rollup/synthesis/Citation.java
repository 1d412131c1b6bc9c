package vn.tonghop.rollup.synthesis;

import java.util.List;
import java.util.stream.Collectors;

/** Where a drafted sentence came from: a unit's report in one version. */
public record Citation(String unitCode, String unitName, long version) {

    /** The form of a citation list in the HTML: {@code data-cite="14794:3 14797:2"}. */
    static String attribute(List<Citation> citations) {
        return citations.stream().map(c -> c.unitCode() + ":" + c.version()).collect(Collectors.joining(" "));
    }
}
