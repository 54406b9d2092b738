package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.tenancy.entity.Office;

import java.util.List;

/** The network's front page: the offices and their sites. */
@Named("network")
@RequestScoped
public class NetworkView {

    @EJB
    OfficeDirectory offices;

    private List<Office> all;

    @PostConstruct
    void load() {
        all = offices.all();
    }

    public List<Office> getOffices() {
        return all;
    }

    public String siteOf(Office office) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/" + office.slug() + "/";
    }
}
