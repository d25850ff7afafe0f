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
            for (Register register : notice.registers()) {
                Register added = clientFile.addRegister(register.template(), register.name());
                clientFile.saveRegister(register.toBuilder().id(added.id()).build());
            }
        }
    }
}
