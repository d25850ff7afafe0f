package fi.seloste.testing;

import java.nio.file.Path;

import fi.seloste.domain.Notice;
import fi.seloste.domain.Register;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFiles;

/** Writes a whole notice into a new client file through the store, as the app would, edit by edit. */
public final class ClientFileWriter {

    private ClientFileWriter() {
    }

    public static void write(Path file, Notice notice) throws Exception {
        try (ClientFile clientFile = ClientFiles.create(file)) {
            clientFile.saveController(notice.controller());
            clientFile.saveContactPerson(notice.contactPerson());
            clientFile.saveDataProtectionOfficer(notice.dataProtectionOfficer());
            clientFile.saveSettings(notice.settings());
            java.util.List<Register> stored = new java.util.ArrayList<>();
            for (Register register : notice.registers()) {
                Register added = clientFile.addRegister(register.template(), register.name());
                Register withId = register.toBuilder().id(added.id()).build();
                clientFile.saveRegister(withId);
                stored.add(withId);
            }
            // The business's systems (and which registers use them), security and cookies, as the wizard saves them.
            clientFile.saveShared(notice.withRegisters(stored));
        }
    }
}
