package dev.mailroom.app.rbl;

import dev.mailroom.app.common.FormGrid;
import dev.mailroom.app.common.PropertiesDialog;
import dev.mailroom.core.dns.rbl.RblAction;
import dev.mailroom.core.dns.rbl.RblRecordType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/** The "Blacklist" dialog (Add… / Edit… on the Reverse DNS Blacklisting tab). */
final class RblProviderDialog {
    private RblProviderDialog() {
    }

    static PropertiesDialog create(String title, RblProviderViewModel vm) {
        PropertiesDialog d = new PropertiesDialog(title, vm, false);
        TextField name = text("rbl-provider-name", vm.name().textProperty(), "What you call this list");
        TextField zone = text("rbl-provider-zone", vm.zone().textProperty(), "e.g. zen.spamhaus.org");
        TextField server = text("rbl-provider-server", vm.dnsServer().textProperty(), "Empty: the system's resolvers");
        TextField codes = text("rbl-provider-codes", vm.listedCodes().textProperty(), "Empty: any answer means listed");
        TextField response = text("rbl-provider-response", vm.responseText().textProperty(), "%s stands for the IP");
        CheckBox enabled = new CheckBox("_Enable selected blacklist");
        enabled.setId("rbl-provider-enabled");
        enabled.selectedProperty().bindBidirectional(vm.enabled());
        ComboBox<RblRecordType> type = new ComboBox<>();
        type.setId("rbl-provider-type");
        type.getItems().setAll(RblRecordType.values());
        type.valueProperty().bindBidirectional(vm.recordType());
        type.setConverter(Labels.converter(t -> t == RblRecordType.A ? "Host address (A), as public lists answer"
                : "Pointer (PTR), as your own DNS server's reverse zone (article 18)"));
        ComboBox<RblAction> action = new ComboBox<>();
        action.setId("rbl-provider-action");
        action.getItems().setAll(RblAction.values());
        action.valueProperty().bindBidirectional(vm.action());
        action.setConverter(Labels.converter(Labels::action));
        d.addTab("Blacklist", new FormGrid(d.decorations())
                .add("_Name:", name, vm.name())
                .addWide(enabled)
                .add("_Zone:", zone, vm.zone())
                .add("DNS _server:", server, vm.dnsServer())
                .add("Check for _record type:", type)
                .add("_Listed return codes:", codes, vm.listedCodes())
                .add("Res_ponse:", response, vm.responseText())
                .add("_Action:", action)
                .node());
        return d;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(value);
        return t;
    }
}
