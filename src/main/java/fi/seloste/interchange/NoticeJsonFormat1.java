package fi.seloste.interchange;

import fi.seloste.domain.Country;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a notice in JSON form 1 (Seloste before 2026-12) as form 2. Form 1 had booleans where form 2 has answers,
 * one transfer per system or recipient with the country as typed, and a "statutory" flag on recipients.
 * <p>
 * A draft's "false" was a default nobody chose, so it becomes NOT_ANSWERED. A signed version is read as what its
 * document said: form 1 printed "no automated decisions or profiling", "no transfers outside the EU/EEA" and, for a
 * register without recipients, "no regular disclosures" whenever nothing was entered, so those become NO there.
 */
final class NoticeJsonFormat1 {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NoticeJsonFormat1() {
    }

    /** The notice tree in form 2; the tree given is changed in place and returned. */
    static JsonNode upgrade(JsonNode notice, boolean signed) {
        if (!(notice instanceof ObjectNode root)) {
            return notice;
        }
        if (root.get("settings") instanceof ObjectNode settings) {
            settings.putNull("drawnUp");
            settings.putNull("lastUpdated");
        }
        if (root.get("registers") instanceof ArrayNode registers) {
            for (JsonNode register : registers) {
                if (register instanceof ObjectNode r) {
                    upgradeRegister(r, signed);
                }
            }
        }
        return root;
    }

    private static void upgradeRegister(ObjectNode r, boolean signed) {
        String unset = signed ? "NO" : "NOT_ANSWERED";
        boolean anyTransfer = false;
        if (r.get("purposes") instanceof ArrayNode purposes) {
            for (JsonNode p : purposes) {
                if (p instanceof ObjectNode purpose) {
                    purpose.put("directMarketing", false);
                    purpose.put("tracksBehaviour", false);
                }
            }
        }
        if (r.get("systems") instanceof ArrayNode systems) {
            for (JsonNode s : systems) {
                if (s instanceof ObjectNode system) {
                    anyTransfer |= moveTransfer(system);
                }
            }
        }
        int recipientCount = 0;
        if (r.get("recipients") instanceof ArrayNode recipients) {
            for (JsonNode x : recipients) {
                if (x instanceof ObjectNode recipient) {
                    recipientCount++;
                    JsonNode statutory = recipient.remove("statutory");
                    recipient.put("kind", statutory != null && statutory.asBoolean() ? "STATUTORY" : "REGULAR");
                    anyTransfer |= moveTransfer(recipient);
                }
            }
        }
        if (r.get("cookies") instanceof ObjectNode cookies) {
            boolean used = cookies.path("used").asBoolean() || cookies.path("analytics").asBoolean();
            JsonNode description = cookies.get("description");
            cookies.removeAll();
            cookies.put("used", used ? "YES" : "NOT_ANSWERED");
            cookies.set("inventory", NODES.arrayNode());
            cookies.put("consent", "NOT_STATED");
            cookies.set("description", description == null ? localizedEmpty() : description);
        }
        if (r.get("automatedDecisions") instanceof ObjectNode automated) {
            boolean decisions = automated.path("decisions").asBoolean();
            boolean profiling = automated.path("profiling").asBoolean();
            // Form 1 printed its "no" sentence only when both were false; with either ticked it printed "used as follows".
            String neither = decisions || profiling ? "NOT_ANSWERED" : unset;
            automated.put("decisions", decisions ? "YES" : neither);
            automated.put("profiling", profiling ? "YES" : neither);
        }
        r.put("transfersOutsideEea", anyTransfer ? "YES" : unset);
        r.put("otherDisclosures", signed && recipientCount == 0 ? "NO" : "NOT_ANSWERED");
    }

    /** Replaces "transfer" by "transfers", one per country named; returns whether there was a transfer. */
    private static boolean moveTransfer(ObjectNode holder) {
        JsonNode transfer = holder.remove("transfer");
        ArrayNode transfers = holder.putArray("transfers");
        if (transfer == null || transfer.isNull()) {
            return false;
        }
        String country = transfer.path("country").asString("");
        JsonNode safeguard = transfer.path("safeguard");
        var codes = Country.codesFor(country);
        if (codes.isPresent()) {
            for (String code : codes.get()) {
                transfers.addObject().put("country", code).set("safeguard", safeguard.deepCopy());
            }
        } else {
            transfers.addObject().put("country", country).set("safeguard", safeguard.deepCopy());
        }
        return true;
    }

    private static ObjectNode localizedEmpty() {
        ObjectNode text = NODES.objectNode();
        text.put("en", "");
        text.put("fi", "");
        text.put("sv", "");
        return text;
    }
}
