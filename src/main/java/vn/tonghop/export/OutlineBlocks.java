package vn.tonghop.export;

import java.util.ArrayList;
import java.util.List;

import vn.tonghop.export.model.BodyBlock;
import vn.tonghop.template.model.NumberingStyle;
import vn.tonghop.template.model.OutlineTemplate;
import vn.tonghop.template.model.Section;

/**
 * The outline (đề cương) as body blocks: each section's heading with its Vietnamese numbering ("I. Kết quả triển khai",
 * "1. …", "a) …"), dash items as plain lines, and the guidance in italics under its section.
 */
public final class OutlineBlocks {

    private OutlineBlocks() {
    }

    public static List<BodyBlock> of(OutlineTemplate template) {
        List<BodyBlock> blocks = new ArrayList<>();
        for (Section s : template.sections()) {
            add(s, blocks);
        }
        return blocks;
    }

    private static void add(Section s, List<BodyBlock> blocks) {
        if (s.numbering() == NumberingStyle.DASH) {
            blocks.add(new BodyBlock.Paragraph(s.heading(), false));
        } else {
            blocks.add(new BodyBlock.Heading(s.heading(), s.depth()));
        }
        if (s.guidance() != null && !s.guidance().isBlank()) {
            blocks.add(new BodyBlock.Paragraph(s.guidance().strip(), true));
        }
        for (Section child : s.children()) {
            add(child, blocks);
        }
    }
}
