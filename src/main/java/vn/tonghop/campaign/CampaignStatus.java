package vn.tonghop.campaign;

public enum CampaignStatus {
    DRAFT, PUBLISHED, CLOSED, ARCHIVED
}
