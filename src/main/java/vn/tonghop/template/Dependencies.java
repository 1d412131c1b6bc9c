package vn.tonghop.template;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Ordering of computed columns by the columns their formulas read. */
public final class Dependencies {

    private Dependencies() {
    }

    /**
     * A cycle among the nodes, as a closed path ["a", "b", "a"], or empty. Edges to nodes absent from the map (plain
     * input columns) are ignored. Deterministic: follows map and list order.
     */
    public static Optional<List<String>> findCycle(Map<String, ? extends Collection<String>> edges) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on stack, 2 = done
        for (String start : edges.keySet()) {
            List<String> stack = new ArrayList<>();
            Optional<List<String>> c = visit(start, edges, state, stack);
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> visit(String node, Map<String, ? extends Collection<String>> edges,
            Map<String, Integer> state, List<String> stack) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return Optional.empty();
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(node), stack.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        state.put(node, 1);
        stack.add(node);
        for (String next : edges.get(node)) {
            if (edges.containsKey(next)) {
                Optional<List<String>> c = visit(next, edges, state, stack);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        stack.remove(stack.size() - 1);
        state.put(node, 2);
        return Optional.empty();
    }

    /** Nodes so that each comes after the nodes it reads; throws if there is a cycle. */
    public static List<String> topologicalOrder(Map<String, ? extends Collection<String>> edges) {
        findCycle(edges).ifPresent(c -> {
            throw new IllegalArgumentException("cycle: " + String.join(" → ", c));
        });
        LinkedHashMap<String, Boolean> done = new LinkedHashMap<>();
        for (String n : edges.keySet()) {
            add(n, edges, done);
        }
        return List.copyOf(done.keySet());
    }

    private static void add(String n, Map<String, ? extends Collection<String>> edges, Map<String, Boolean> done) {
        if (done.containsKey(n)) {
            return;
        }
        for (String d : edges.get(n)) {
            if (edges.containsKey(d)) {
                add(d, edges, done);
            }
        }
        done.put(n, true);
    }
}
