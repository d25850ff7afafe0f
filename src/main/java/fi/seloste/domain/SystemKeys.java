package fi.seloste.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Keys of the business's systems: unique within a notice, given once and then kept. */
public final class SystemKeys {

    private SystemKeys() {
    }

    /** A key none of these systems has. */
    public static String fresh(List<SystemUse> systems) {
        Set<String> taken = new HashSet<>();
        systems.forEach(s -> taken.add(s.key()));
        int n = systems.size() + 1;
        while (taken.contains("s" + n)) {
            n++;
        }
        return "s" + n;
    }

    /** The systems, each without a key, or with a key an earlier one has, given a fresh one. */
    static List<SystemUse> keyed(List<SystemUse> systems) {
        Set<String> seen = new HashSet<>();
        boolean all = systems.stream().allMatch(s -> !s.key().isEmpty() && seen.add(s.key()));
        if (all) {
            return List.copyOf(systems);
        }
        List<SystemUse> result = new ArrayList<>(systems.size());
        Set<String> used = new HashSet<>();
        systems.forEach(s -> used.add(s.key()));
        Set<String> given = new HashSet<>();
        for (SystemUse s : systems) {
            if (s.key().isEmpty() || !given.add(s.key())) {
                String key = fresh(result);
                while (used.contains(key) || given.contains(key)) {
                    key = "s" + (Integer.parseInt(key.substring(1)) + 1);
                }
                given.add(key);
                used.add(key);
                result.add(s.withKey(key));
            } else {
                result.add(s);
            }
        }
        return List.copyOf(result);
    }

    /**
     * The registers, each with its keys in the order of the systems; a key no system has (yet) stays, after them,
     * so that a register and its systems can be given in either order.
     */
    static List<Register> inSystemOrder(List<Register> registers, List<SystemUse> systems) {
        List<String> order = systems.stream().map(SystemUse::key).toList();
        List<Register> result = new ArrayList<>(registers.size());
        for (Register r : registers) {
            List<String> keys = new ArrayList<>(order.stream().filter(r::uses).toList());
            r.systemKeys().stream().filter(k -> !order.contains(k)).forEach(keys::add);
            result.add(keys.equals(r.systemKeys()) ? r : r.toBuilder().systemKeys(keys).build());
        }
        return List.copyOf(result);
    }

    /** A key none of these systems has and no register names. */
    static String fresh(List<SystemUse> systems, List<Register> registers) {
        Set<String> taken = new HashSet<>();
        systems.forEach(s -> taken.add(s.key()));
        registers.forEach(r -> taken.addAll(r.systemKeys()));
        int n = systems.size() + 1;
        while (taken.contains("s" + n)) {
            n++;
        }
        return "s" + n;
    }
}
