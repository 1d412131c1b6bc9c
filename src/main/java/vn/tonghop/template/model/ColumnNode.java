package vn.tonghop.template.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A node of the column header tree: a group header over columns, or a leaf column. */
public sealed interface ColumnNode permits ColumnNode.Group, ColumnNode.Leaf {

    String header();

    /** Leaf columns under this node, left to right. */
    List<Column> leaves();

    /** Header rows this node needs (1 for a leaf). */
    int depth();

    record Group(String header, List<ColumnNode> children) implements ColumnNode {
        public Group {
            Objects.requireNonNull(header, "header");
            children = List.copyOf(children);
        }

        @Override
        public List<Column> leaves() {
            List<Column> out = new ArrayList<>();
            for (ColumnNode c : children) {
                out.addAll(c.leaves());
            }
            return out;
        }

        @Override
        public int depth() {
            return 1 + children.stream().mapToInt(ColumnNode::depth).max().orElse(0);
        }
    }

    record Leaf(Column column) implements ColumnNode {
        public Leaf {
            Objects.requireNonNull(column, "column");
        }

        @Override
        public String header() {
            return column.header();
        }

        @Override
        public List<Column> leaves() {
            return List.of(column);
        }

        @Override
        public int depth() {
            return 1;
        }
    }
}
