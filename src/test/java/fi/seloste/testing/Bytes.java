package fi.seloste.testing;

import java.util.ArrayList;
import java.util.List;

/** Where a run of bytes stands in a file's bytes, for tests that flip a bit inside a stored value. */
public final class Bytes {

    private Bytes() {
    }

    public static List<Integer> occurrences(byte[] haystack, byte[] needle) {
        List<Integer> found = new ArrayList<>();
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            found.add(i);
        }
        return found;
    }
}
