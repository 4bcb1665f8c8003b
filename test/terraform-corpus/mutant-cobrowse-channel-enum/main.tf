# Follows MyPureCloud/terraform-provider-genesyscloud, examples/resources/genesyscloud_webdeployments_configuration/resource.tf
# @ 1493229d37dee8b95a4f89d6645a56a2944566b4: a messenger configuration with co-browse (channels, masked and
# read-only selectors) and the deployment that serves it. Written for this corpus, not copied.
resource "genesyscloud_webdeployments_configuration" "support_site" {
  name             = "Corpus Support Site"
  description      = "Messenger with co-browse for the support site"
  languages        = ["en-us", "fr"]
  default_language = "en-us"

  messenger {
    enabled = true
    launcher_button {
      visibility = "OnDemand"
    }
    styles {
      primary_color = "#1D5A8E"
    }
    apps {
      conversations {
        enabled                     = true
        show_agent_typing_indicator = true
        show_user_typing_indicator  = true
      }
    }
  }

  cobrowse {
    enabled                = true
    allow_agent_control    = true
    allow_agent_navigation = false
    channels               = ["Webmessaging", "WebChat"] # planted defect: Webmessaging and Voice only
    mask_selectors         = ["#card-number", ".cvv", "input[type=\"password\"]"]
    readonly_selectors     = ["#checkout-submit"]
  }
}

resource "genesyscloud_webdeployments_deployment" "support_site" {
  name            = "Corpus Support Site"
  description     = "Support site messenger"
  allowed_domains = ["support.example.com"]
  configuration {
    id      = genesyscloud_webdeployments_configuration.support_site.id
    version = genesyscloud_webdeployments_configuration.support_site.version
  }
}
