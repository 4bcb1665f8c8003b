# Follows MyPureCloud/terraform-provider-genesyscloud, examples/resources/genesyscloud_flow/resource.tf
# @ 04f4eeead7cfd70f73d53a90cc4fadb3b53927ca: an Architect flow from a YAML file with substitutions. (That example
# also sets file_content_hash, which v1.84.1 computes; see the mutant flow-file-content-hash.) Written for this corpus, not copied.
resource "genesyscloud_flow" "main_line" {
  filepath = "${path.module}/inbound_call.yaml"
  substitutions = {
    flow_name        = "Corpus Main Line"
    default_language = "en-us"
    greeting         = "Thank you for calling."
  }
}
