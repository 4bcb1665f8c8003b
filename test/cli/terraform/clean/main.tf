# A co-browse setup as this library's constructs synthesize it, written by hand.
resource "genesyscloud_auth_role" "cobrowse" {
  name        = "Co-browse starter"
  description = "Starts co-browse in web messaging conversations"
  permission_policies {
    domain      = "conversation"
    entity_name = "cobrowse"
    action_set  = ["add"]
  }
}

data "genesyscloud_auth_division_home" "home" {}

resource "genesyscloud_oauth_client" "alerts" {
  name                          = "Co-browse alerts"
  authorized_grant_type         = "CLIENT-CREDENTIALS"
  access_token_validity_seconds = 3600
  roles {
    role_id     = genesyscloud_auth_role.cobrowse.id
    division_id = data.genesyscloud_auth_division_home.home.id
  }
}

resource "genesyscloud_webdeployments_configuration" "site" {
  name             = "Site"
  languages        = ["en-us"]
  default_language = "en-us"
  cobrowse {
    enabled  = true
    channels = ["Webmessaging", "Voice"]
    pause_criteria {
      url_fragment = "/checkout"
      condition    = "Includes"
    }
  }
}
