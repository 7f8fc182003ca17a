package org.supplierdiscovery.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supplierdiscovery.web.ApiCalls.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A supplier's own page, reached from the results and left for the same results. */
class SupplierPageIT extends PageTest {

  @Test
  void openingASupplierAndComingBackKeepsTheResults() throws Exception {
    String results = "/?" + query("q=" + NEED, "technologyArea=Wearables");
    page.open(results);
    List<String> names = page.hitNames();
    WebElement second = driver.findElements(BuyerPage.HIT_LINKS).get(1);
    String id = second.getAttribute("data-supplier");

    page.andWait(second::click);
    assertEquals(Map.of("q", List.of(NEED), "technologyArea", List.of("Wearables"), "supplier", List.of(id)),
        page.params());
    JsonNode record = api.supplier(id);
    assertEquals(record.path("name").asText(), page.text(BuyerPage.DETAIL_NAME));
    assertEquals("supplier-name", page.js("return document.activeElement.id"), "focus moves to the supplier's name");
    assertEquals(record.path("listings").size(), driver.findElements(By.cssSelector(".listing-table tbody tr")).size());
    List<String> products = new ArrayList<>();
    record.path("products").forEach(p -> products.add(p.path("name").asText()));
    assertEquals(products, page.texts(By.cssSelector(".products .product-name")));
    assertTrue(page.text(By.id("detail-view")).contains(record.path("description").asText()));

    page.click(BuyerPage.BACK_LINK);
    assertEquals(results, page.address());
    assertEquals(names, page.hitNames());
    assertEquals(NEED, page.searchBoxValue());
    assertEquals(id, page.js("return document.activeElement.dataset.supplier"), "focus returns to the supplier opened");

    page.forward();
    assertEquals(record.path("name").asText(), page.text(BuyerPage.DETAIL_NAME));
    page.back();
    assertEquals(names, page.hitNames());
  }

  @Test
  void aSupplierLinkWorksOnItsOwn() throws Exception {
    page.open("/?supplier=carewear");
    assertEquals(api.supplier("carewear").path("name").asText(), page.text(BuyerPage.DETAIL_NAME));
    page.click(BuyerPage.BACK_LINK);
    assertEquals("/", page.address());
    assertEquals(ApiCalls.names(api.search().path("hits")), page.hitNames());

    page.open("/?supplier=no-such-supplier");
    assertEquals("Supplier not found", page.text(BuyerPage.DETAIL_NAME));
  }

  @Test
  void aListingThatIsNotActiveShowsItsReasonInTheResultsAndOnTheSuppliersPage() throws Exception {
    JsonNode record = api.supplier("fallsafe");
    assertEquals("Data handling", record.path("listings").path(1).path("reasonLabel").asText());

    page.open("/?q=fallsafe");
    By hitReasons = By.cssSelector("article.hit:has(#hit-fallsafe) .listing-reason");
    assertEquals(List.of("Reason: Data handling"), page.texts(hitReasons));

    page.open("/?supplier=fallsafe");
    assertEquals(List.of("Reason"), page.texts(By.xpath("//table[@class='listing-table']//th[4]")));
    assertEquals(List.of("—", "Data handling"), page.texts(By.cssSelector(".listing-table td.listing-reason")));
    page.open("/?supplier=legacytele");
    assertEquals(List.of("Withdrawn"), page.texts(By.cssSelector(".listing-table td.listing-reason")));
  }
}
