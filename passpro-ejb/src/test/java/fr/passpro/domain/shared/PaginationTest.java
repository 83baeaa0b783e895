package fr.passpro.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void aPageWithinTheRowsIsKept() {
        assertThat(Pagination.premier(50, 25, 120)).isEqualTo(50);
        assertThat(Pagination.premier(100, 25, 120)).as("the last, incomplete page").isEqualTo(100);
    }

    @Test
    void aPageBeyondTheLastGivesTheFirstPage() {
        assertThat(Pagination.premier(10_000 * 25, 25, 120)).isZero();
        assertThat(Pagination.premier(120, 25, 120)).isZero();
        assertThat(Pagination.premier(0, 25, 0)).as("no row at all").isZero();
    }

    @Test
    void aNegativePositionGivesTheFirstPage() {
        assertThat(Pagination.premier(-25, 25, 120)).isZero();
    }

    @Test
    void aPositionInsideAPageGoesBackToTheStartOfThatPage() {
        assertThat(Pagination.premier(60, 25, 120)).isEqualTo(50);
    }

    @Test
    void aPageSizeOutOfBoundsGivesTheDefaultSize() {
        assertThat(Pagination.taille(0)).isEqualTo(Pagination.TAILLE_DEFAUT);
        assertThat(Pagination.taille(1_000_000)).isEqualTo(Pagination.TAILLE_DEFAUT);
        assertThat(Pagination.taille(50)).isEqualTo(50);
    }
}
