package fi.seloste.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fi.seloste.domain.LocalizedText;
import fi.seloste.domain.Notice;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The owner's texts that JSON form 3 writes per language and forms 1 and 2 wrote once, as a string: the contact's
 * and the DPO's title, a system's storage location, a recipient's name (and, in the document, the signer's role).
 * A string is read as the Finnish text. Only these fields changed from form 2 to form 3 here; the signed bytes of
 * older content never change, they are only read this way.
 */
final class OwnerTextsFormat3 {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OwnerTextsFormat3() {
    }

    /** The notice tree of form 2 with these fields in form 3; the tree given is changed in place and returned. */
    static JsonNode upgrade(JsonNode notice) {
        places(notice).forEach(OwnerTextsFormat3::toLocalized);
        return notice;
    }

    /**
     * The record of processing's tree with its people's titles in form 3 (a record written before, in the client
     * file or a format 2 document, has them as strings); changed in place and returned.
     */
    static JsonNode upgradeRecord(JsonNode record) {
        List<Place> places = new ArrayList<>();
        if (record.get("representative") instanceof ObjectNode p) {
            places.add(new Place(p, "title"));
        }
        for (JsonNode register : record.path("registers")) {
            if (register.get("responsible") instanceof ObjectNode p) {
                places.add(new Place(p, "title"));
            }
        }
        places.forEach(OwnerTextsFormat3::toLocalized);
        return record;
    }

    /** A role or name as form 3 writes it, from a string of forms 1 and 2 (Finnish) or an object of form 3. */
    static LocalizedText read(JsonNode value) {
        if (value == null || value.isNull()) {
            return LocalizedText.EMPTY;
        }
        return value.isString() ? LocalizedText.finnish(value.asString())
                : NoticeJson.mapper().treeToValue(value, LocalizedText.class);
    }

    /**
     * The canonical bytes the notice had in form 2, when it can be written so: none of these fields has a Swedish or
     * English text. A client file upgraded to format 9 from format 7 or older holds the checksum of those bytes until it is
     * saved again.
     */
    static Optional<byte[]> form2CanonicalBytes(Notice notice) {
        JsonNode tree = NoticeJson.mapper().valueToTree(notice);
        for (Place place : places(tree)) {
            JsonNode value = place.holder().get(place.name());
            if (value != null && value.isObject()) {
                if (!value.path("sv").asString("").isEmpty() || !value.path("en").asString("").isEmpty()) {
                    return Optional.empty();
                }
                place.holder().put(place.name(), value.path("fi").asString(""));
            }
        }
        return Optional.of(NoticeJson.compactBytes(tree));
    }

    private record Place(ObjectNode holder, String name) {
    }

    private static List<Place> places(JsonNode notice) {
        List<Place> places = new ArrayList<>();
        for (String person : List.of("contactPerson", "dataProtectionOfficer")) {
            if (notice.get(person) instanceof ObjectNode p) {
                places.add(new Place(p, "title"));
            }
        }
        for (JsonNode register : notice.path("registers")) {
            for (JsonNode system : register.path("systems")) {
                if (system instanceof ObjectNode s) {
                    places.add(new Place(s, "storageLocation"));
                }
            }
            for (JsonNode recipient : register.path("recipients")) {
                if (recipient instanceof ObjectNode r) {
                    places.add(new Place(r, "name"));
                }
            }
        }
        return places;
    }

    private static void toLocalized(Place place) {
        JsonNode value = place.holder().get(place.name());
        if (value != null && value.isString()) {
            place.holder().set(place.name(), localized(value.asString()));
        }
    }

    private static ObjectNode localized(String finnish) {
        ObjectNode text = NODES.objectNode();
        text.put("fi", finnish);
        text.put("sv", "");
        text.put("en", "");
        return text;
    }
}
