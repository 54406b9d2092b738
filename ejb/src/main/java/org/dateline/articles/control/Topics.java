package org.dateline.articles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.dateline.articles.entity.Topic;
import org.dateline.tenancy.control.Tenancy;

import java.util.ArrayList;
import java.util.List;

/** Finds an office's topics by name, creating the ones it does not have yet. */
@ApplicationScoped
public class Topics {

    @Inject
    Tenancy tenancy;

    public List<Topic> named(String office, List<String> names) {
        EntityManager em = tenancy.of(office);
        List<Topic> topics = new ArrayList<>();
        for (String name : names) {
            String slug = Slugs.of(name);
            Topic topic = em.createNamedQuery(Topic.BY_SLUG, Topic.class).setParameter("slug", slug)
                    .getResultStream().findFirst().orElseGet(() -> {
                        Topic created = new Topic(slug, name);
                        em.persist(created);
                        return created;
                    });
            if (!topics.contains(topic)) {
                topics.add(topic);
            }
        }
        return topics;
    }
}
