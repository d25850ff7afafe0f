package fi.seloste.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.seloste.domain.Cookies;
import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.domain.Security;
import fi.seloste.domain.SharedSectionsMerge;
import fi.seloste.domain.SharedSectionsMerge.RegisterSections;
import fi.seloste.domain.SystemUse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a notice in JSON form 3 as form 4: forms 1 to 3 kept security, cookies and the systems on each register;
 * form 4 has them once for the business. The registers' sections are merged by {@link SharedSectionsMerge}, the
 * rules the client file's migration V10 follows, so an imported file and an upgraded one say the same.
 * <p>Only the move of these three sections is done here; the fields that changed their type in form 3 are converted
 * before this step ({@link OwnerTextsFormat3}).
 */
final class SharedSectionsFormat4 {

    private SharedSectionsFormat4() {
    }

    /** The notice tree in form 4; the tree given is changed in place. */
    static JsonNode upgrade(JsonNode notice) {
        if (!(notice instanceof ObjectNode root) || !(root.get("registers") instanceof ArrayNode)) {
            return notice;
        }
        List<RegisterSections> perRegister = sections(root);
        Notice withoutShared = NoticeJson.mapper().treeToValue(root, Notice.class);
        return NoticeJson.mapper().valueToTree(SharedSectionsMerge.merge(withoutShared, perRegister));
    }

    /**
     * For each register of a form-3 notice tree (by id), the key each of its systems gets in form 4, in the order
     * the register had them: what the record's processor agreements follow. The tree is not changed.
     */
    static Map<Long, List<String>> keysBefore(JsonNode form3) {
        if (!(form3 instanceof ObjectNode root) || !(root.get("registers") instanceof ArrayNode)) {
            return Map.of();
        }
        return SharedSectionsMerge.keysBefore(sections(root.deepCopy()));
    }

    /** Each register's systems, security and cookies, taken out of the tree (which is left without them). */
    private static List<RegisterSections> sections(ObjectNode root) {
        List<JsonNode> systems = new ArrayList<>();
        List<JsonNode> security = new ArrayList<>();
        List<JsonNode> cookies = new ArrayList<>();
        for (JsonNode register : root.get("registers")) {
            if (register instanceof ObjectNode r) {
                systems.add(r.remove("systems"));
                security.add(r.remove("security"));
                cookies.add(r.remove("cookies"));
            }
        }
        var mapper = NoticeJson.mapper();
        Notice withoutShared = mapper.treeToValue(root, Notice.class);
        List<RegisterSections> perRegister = new ArrayList<>();
        for (int i = 0; i < withoutShared.registers().size(); i++) {
            Register register = withoutShared.registers().get(i);
            List<SystemUse> used = new ArrayList<>();
            if (systems.get(i) != null) {
                systems.get(i).forEach(s -> used.add(mapper.treeToValue(s, SystemUse.class)));
            }
            perRegister.add(new RegisterSections(register, used,
                    security.get(i) == null ? Security.NONE : mapper.treeToValue(security.get(i), Security.class),
                    cookies.get(i) == null ? Cookies.NONE : mapper.treeToValue(cookies.get(i), Cookies.class)));
        }
        return perRegister;
    }
}
