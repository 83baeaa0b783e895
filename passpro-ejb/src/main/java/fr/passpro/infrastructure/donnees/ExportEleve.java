package fr.passpro.infrastructure.donnees;

import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.entretien.Entretien;
import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.InscriptionHistorique;
import fr.passpro.domain.inscription.Voeu;
import fr.passpro.domain.planning.Convocation;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Everything Passpro holds about one pupil, as a workbook a family can read: the pupil, each inscription with its
 * vœux and both avis, the convocations, the interviews with their compte rendu, the history of every change, and the
 * mails that named the pupil (subject, recipients, date).
 */
public final class ExportEleve {

    private static final DateTimeFormatter QUAND = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    private ExportEleve() {
    }

    public static byte[] classeur(Eleve eleve, EntityManager em) {
        List<Inscription> inscriptions = em.createQuery("SELECT i FROM Inscription i WHERE i.eleve.id = :id ORDER BY i.id",
                Inscription.class).setParameter("id", eleve.getId()).getResultList();
        List<Convocation> convocations = em.createQuery("SELECT c FROM Convocation c WHERE c.inscription.eleve.id = :id"
                + " ORDER BY c.id", Convocation.class).setParameter("id", eleve.getId()).getResultList();
        List<Entretien> entretiens = em.createQuery("SELECT e FROM Entretien e WHERE e.inscription.eleve.id = :id"
                + " ORDER BY e.id", Entretien.class).setParameter("id", eleve.getId()).getResultList();
        @SuppressWarnings("unchecked")
        List<Long> courrierIds = em.createNativeQuery("SELECT courrier_id FROM courrier_eleve WHERE eleve_id = ?"
                + " UNION SELECT c.courrier_id FROM convocation c JOIN inscription i ON i.id = c.inscription_id"
                + " WHERE i.eleve_id = ? AND c.courrier_id IS NOT NULL").setParameter(1, eleve.getId())
                .setParameter(2, eleve.getId()).getResultList().stream().map(n -> ((Number) n).longValue()).toList();
        List<Courrier> courriers = courrierIds.isEmpty() ? List.of() : em.createQuery("SELECT c FROM Courrier c"
                + " WHERE c.id IN :ids ORDER BY c.id", Courrier.class).setParameter("ids", courrierIds).getResultList();
        try (XSSFWorkbook classeur = new XSSFWorkbook()) {
            CellStyle gras = classeur.createCellStyle();
            Font police = classeur.createFont();
            police.setBold(true);
            gras.setFont(police);

            Sheet identite = classeur.createSheet("Élève");
            ligne(identite, gras, "Donnée", "Valeur");
            ligne(identite, null, "Nom", eleve.getNom());
            ligne(identite, null, "Prénom", eleve.getPrenom());
            ligne(identite, null, "Date de naissance", eleve.getDateNaissance().toString());
            ligne(identite, null, "Classe", eleve.getClasse());
            ligne(identite, null, "Dispositif", eleve.getDispositif().libelle());
            ligne(identite, null, "INE", eleve.getIne().map(Object::toString).orElse(""));
            ligne(identite, null, "Collège", eleve.getCollege().getNom() + " (" + eleve.getCollege().getUai() + ")");
            ligne(identite, null, "Campagne", eleve.getCampagne().getAnneeScolaire());
            ligne(identite, null, "Enregistré le", quand(eleve.getCreeLe()));

            Sheet voeux = classeur.createSheet("Inscriptions et avis");
            ligne(voeux, gras, "Domaine", "Lycée", "Statut", "Personne référente", "Rang", "Formation",
                    "Avis d'origine", "Commentaire d'origine", "Avis du lycée", "Ajoutée à l'entretien");
            for (Inscription i : inscriptions) {
                for (Voeu v : i.getVoeux()) {
                    ligne(voeux, null, i.getDomaine().getLibelle(), i.getLycee().getNom(), i.getStatut().libelle(),
                            i.getReferent().getNomComplet(), String.valueOf(v.getRang()), v.getFormation().getLibelle(),
                            v.getAvisOrigine().map(Avis::libelle).orElse(""), nonNul(v.getCommentaireOrigine()),
                            v.getAvisAccueil().map(Avis::libelle).orElse(""), v.isAjouteALEntretien() ? "Oui" : "Non");
                }
            }

            Sheet seances = classeur.createSheet("Convocations et entretiens");
            ligne(seances, gras, "Domaine", "Séance", "Lieu", "Convocation", "Présence", "Compte rendu");
            for (Convocation c : convocations) {
                Entretien e = entretiens.stream().filter(x -> x.getInscription().getId().equals(c.getInscription().getId()))
                        .findFirst().orElse(null);
                ligne(seances, null, c.getInscription().getDomaine().getLibelle(), c.getSeance().getHoraires(),
                        c.getSeance().getLieu(), c.getStatut().name(), e == null ? "" : e.getPresence().libelle(),
                        e == null ? "" : e.getCompteRendu().orElse(""));
            }

            Sheet historique = classeur.createSheet("Historique");
            ligne(historique, gras, "Date", "Action", "Par", "Avant", "Après");
            for (Inscription i : inscriptions) {
                for (InscriptionHistorique h : i.getHistorique()) {
                    ligne(historique, null, quand(h.getSurvenuLe()), h.getAction().libelle(), h.getAuteur(),
                            nonNul(h.getAvant()), nonNul(h.getApres()));
                }
            }

            Sheet mails = classeur.createSheet("Courriels");
            ligne(mails, gras, "Créé le", "Objet", "Destinataires", "Statut");
            for (Courrier c : courriers) {
                ligne(mails, null, quand(c.getCreeLe()), c.getObjet(), String.join(", ", c.getDestinataires()),
                        c.getStatut().name());
            }
            for (Sheet feuille : List.of(identite, voeux, seances, historique, mails)) {
                feuille.createFreezePane(0, 1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            classeur.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ligne(Sheet feuille, CellStyle style, String... valeurs) {
        Row row = feuille.createRow(feuille.getPhysicalNumberOfRows());
        for (int c = 0; c < valeurs.length; c++) {
            var cell = row.createCell(c);
            cell.setCellValue(valeurs[c] == null ? "" : valeurs[c]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static String quand(Instant instant) {
        return instant == null ? "" : QUAND.format(instant);
    }

    private static String nonNul(String texte) {
        return texte == null ? "" : texte;
    }
}
