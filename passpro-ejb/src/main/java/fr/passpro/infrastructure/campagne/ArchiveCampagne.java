package fr.passpro.infrastructure.campagne;

import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.entretien.Entretien;
import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Voeu;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The archive of a closed campagne: one row per vœu of every inscription, with the pupil, the établissements, both
 * avis, the interview and the compte rendu. Kept with the campagne until the purge (it holds pupils' data).
 */
public final class ArchiveCampagne {

    static final List<String> EN_TETES = List.of("Collège", "UAI collège", "Élève", "Prénom", "Classe", "Domaine",
            "Lycée accueil-référent", "UAI lycée", "Statut", "Rang", "Formation", "Code formation", "Ajoutée à l'entretien",
            "Avis d'origine", "Avis du lycée", "Date de l'entretien", "Présence", "Compte rendu");

    private ArchiveCampagne() {
    }

    public static byte[] classeur(Campagne campagne, List<Inscription> inscriptions, Map<Long, Entretien> entretiens) {
        try (SXSSFWorkbook classeur = new SXSSFWorkbook(200)) {
            Sheet feuille = classeur.createSheet("Campagne " + campagne.getAnneeScolaire());
            CellStyle gras = classeur.createCellStyle();
            Font police = classeur.createFont();
            police.setBold(true);
            gras.setFont(police);
            Row entete = feuille.createRow(0);
            for (int c = 0; c < EN_TETES.size(); c++) {
                Cell cell = entete.createCell(c);
                cell.setCellValue(EN_TETES.get(c));
                cell.setCellStyle(gras);
            }
            feuille.createFreezePane(0, 1);
            int ligne = 1;
            for (Inscription i : inscriptions) {
                Entretien e = entretiens.get(i.getId());
                for (Voeu v : i.getVoeux()) {
                    Row row = feuille.createRow(ligne++);
                    int c = 0;
                    row.createCell(c++).setCellValue(i.getEleve().getCollege().getNom());
                    row.createCell(c++).setCellValue(i.getEleve().getCollege().getUai().toString());
                    row.createCell(c++).setCellValue(i.getEleve().getNom());
                    row.createCell(c++).setCellValue(i.getEleve().getPrenom());
                    row.createCell(c++).setCellValue(nonNul(i.getEleve().getClasse()));
                    row.createCell(c++).setCellValue(i.getDomaine().getLibelle());
                    row.createCell(c++).setCellValue(i.getLycee().getNom());
                    row.createCell(c++).setCellValue(i.getLycee().getUai().toString());
                    row.createCell(c++).setCellValue(i.getStatut().libelle());
                    row.createCell(c++).setCellValue(v.getRang());
                    row.createCell(c++).setCellValue(v.getFormation().getLibelle());
                    row.createCell(c++).setCellValue(v.getFormation().getCode().toString());
                    row.createCell(c++).setCellValue(v.isAjouteALEntretien() ? "Oui" : "Non");
                    row.createCell(c++).setCellValue(v.getAvisOrigine().map(Avis::libelle).orElse(""));
                    row.createCell(c++).setCellValue(v.getAvisAccueil().map(Avis::libelle).orElse(""));
                    row.createCell(c++).setCellValue(e == null ? "" : e.getDate().toString());
                    row.createCell(c++).setCellValue(e == null ? "" : e.getPresence().libelle());
                    row.createCell(c).setCellValue(e == null ? "" : e.getCompteRendu().orElse(""));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            classeur.write(out);
            classeur.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nonNul(String texte) {
        return texte == null ? "" : texte;
    }
}
