/**
 * The plan that ships with the product: Tứ Kỳ district, Hải Dương, as of January 2024
 * (seed/ke-hoach-kiem-soat-tthc-tu-ky-2024.txt, PLAN-2024.md). The late-2024 commune mergers are
 * not here: an admin applies them by replacing the plan, with the real dates and lineage.
 */
import type { PlanInput } from './plan.js';
import { GROUP_LCI, TAG_CERTIFICATION, TAG_ONE_STOP_OFFICE } from './tags.js';

type UnitInput = PlanInput['units'][number];

function commune(id: string, name: string): UnitInput {
  return { id, name, kind: 'commune', tags: [TAG_ONE_STOP_OFFICE, TAG_CERTIFICATION] };
}

function agency(id: string, name: string, tags?: string[]): UnitInput {
  return tags ? { id, name, kind: 'agency', tags } : { id, name, kind: 'agency' };
}

export const TU_KY_2024: PlanInput = {
  id: 'tu-ky-2024',
  name: 'Kế hoạch kiểm soát TTHC và thực hiện cơ chế một cửa, một cửa liên thông huyện Tứ Kỳ năm 2024',
  year: 2024,
  timezone: 'Asia/Ho_Chi_Minh',
  units: [
    commune('tt-tu-ky', 'Thị trấn Tứ Kỳ'),
    commune('xa-dai-son', 'Xã Đại Sơn'),
    commune('xa-hung-dao', 'Xã Hưng Đạo'),
    commune('xa-ngoc-ky', 'Xã Ngọc Kỳ'),
    commune('xa-binh-lang', 'Xã Bình Lãng'),
    commune('xa-chi-minh', 'Xã Chí Minh'),
    commune('xa-tai-son', 'Xã Tái Sơn'),
    commune('xa-quang-phuc', 'Xã Quang Phục'),
    commune('xa-dan-chu', 'Xã Dân Chủ'),
    commune('xa-tan-ky', 'Xã Tân Kỳ'),
    commune('xa-quang-khai', 'Xã Quang Khải'),
    commune('xa-dai-hop', 'Xã Đại Hợp'),
    commune('xa-quang-nghiep', 'Xã Quảng Nghiệp'),
    commune('xa-an-thanh', 'Xã An Thanh'),
    commune('xa-minh-duc', 'Xã Minh Đức'),
    commune('xa-van-to', 'Xã Văn Tố'),
    commune('xa-quang-trung', 'Xã Quang Trung'),
    commune('xa-phuong-ky', 'Xã Phượng Kỳ'),
    commune('xa-cong-lac', 'Xã Cộng Lạc'),
    commune('xa-tien-dong', 'Xã Tiên Động'),
    commune('xa-nguyen-giap', 'Xã Nguyên Giáp'),
    commune('xa-ha-ky', 'Xã Hà Kỳ'),
    commune('xa-ha-thanh', 'Xã Hà Thanh'),
    // The district office runs the district's one-stop office; the Justice Division certifies copies.
    agency('van-phong-hdnd-ubnd', 'Văn phòng HĐND và UBND huyện', [TAG_ONE_STOP_OFFICE]),
    agency('phong-noi-vu', 'Phòng Nội vụ'),
    agency('phong-tu-phap', 'Phòng Tư pháp', [TAG_CERTIFICATION]),
    agency('phong-tai-chinh-ke-hoach', 'Phòng Tài chính – Kế hoạch'),
    agency('phong-tai-nguyen-moi-truong', 'Phòng Tài nguyên và Môi trường'),
    agency('phong-lao-dong-tbxh', 'Phòng Lao động – Thương binh và Xã hội'),
    agency('phong-van-hoa-thong-tin', 'Phòng Văn hóa và Thông tin'),
    agency('phong-giao-duc-dao-tao', 'Phòng Giáo dục và Đào tạo'),
    agency('phong-y-te', 'Phòng Y tế'),
    agency('thanh-tra-huyen', 'Thanh tra huyện'),
    agency('phong-kinh-te-ha-tang', 'Phòng Kinh tế và Hạ tầng'),
    agency('phong-nong-nghiep-ptnt', 'Phòng Nông nghiệp và Phát triển nông thôn'),
  ],
  // Fields (lĩnh vực) of district and commune procedures; the ones communes handle most come first.
  fields: [
    { id: 'ho-tich', name: 'Hộ tịch', nameEn: 'Civil status registration' },
    { id: 'chung-thuc', name: 'Chứng thực', nameEn: 'Certification of copies and signatures' },
    { id: 'dat-dai', name: 'Đất đai', nameEn: 'Land', group: GROUP_LCI },
    { id: 'xay-dung', name: 'Xây dựng', nameEn: 'Construction', group: GROUP_LCI },
    { id: 'dau-tu', name: 'Đầu tư', nameEn: 'Investment', group: GROUP_LCI },
    { id: 'kinh-doanh', name: 'Thành lập và hoạt động của hộ kinh doanh', nameEn: 'Household business registration', group: GROUP_LCI },
    { id: 'bao-tro-xa-hoi', name: 'Bảo trợ xã hội', nameEn: 'Social protection' },
    { id: 'nguoi-co-cong', name: 'Người có công', nameEn: 'People with meritorious services' },
    { id: 'nuoi-con-nuoi', name: 'Nuôi con nuôi', nameEn: 'Adoption' },
    { id: 'hoa-giai', name: 'Hòa giải cơ sở', nameEn: 'Grassroots mediation' },
    { id: 'giao-duc-dao-tao', name: 'Giáo dục và đào tạo', nameEn: 'Education and training' },
    { id: 'y-te', name: 'Y tế', nameEn: 'Health' },
    { id: 'van-hoa', name: 'Văn hóa', nameEn: 'Culture' },
    { id: 'ton-giao', name: 'Tín ngưỡng, tôn giáo', nameEn: 'Belief and religion' },
    { id: 'thi-dua-khen-thuong', name: 'Thi đua – khen thưởng', nameEn: 'Emulation and commendation' },
    { id: 'nong-nghiep', name: 'Nông nghiệp', nameEn: 'Agriculture' },
    { id: 'moi-truong', name: 'Môi trường', nameEn: 'Environment' },
    { id: 'giao-thong-van-tai', name: 'Giao thông vận tải', nameEn: 'Transport' },
    { id: 'cong-thuong', name: 'Công thương', nameEn: 'Industry and trade' },
    { id: 'tai-chinh', name: 'Tài chính', nameEn: 'Finance' },
    { id: 'khieu-nai-to-cao', name: 'Giải quyết khiếu nại, tố cáo', nameEn: 'Complaints and denunciations' },
    { id: 'tiep-cong-dan', name: 'Tiếp công dân', nameEn: 'Citizen reception' },
  ],
  // Section II of the plan, tasks 1..11 as it numbers them (the number is what reports name). Only
  // task 2 gives a date ("Thời gian thực hiện: Trước ngày 31/8/2024"); tasks 1 and 3–10 say
  // "Thường xuyên trong năm 2024" (all year) and task 11 follows the quarterly calendar, so they
  // have none. Task 2's product is a report with form 02/RS-KSTT: its proof is that document.
  tasks: [
    { id: 1, title: 'Công tác chỉ đạo, điều hành', titleEn: 'Direction and administration: plans, guidance, one-stop staffing' },
    {
      id: 2,
      title: 'Rà soát, đơn giản hóa thủ tục hành chính (mẫu 02/RS-KSTT)',
      titleEn: 'Review and simplify procedures (form 02/RS-KSTT)',
      due: '2024-08-31',
      evidence: 'document',
    },
    { id: 3, title: 'Công khai thủ tục hành chính, danh mục TTHC', titleEn: 'Publish procedures and their lists' },
    { id: 4, title: 'Thực hiện cơ chế một cửa, một cửa liên thông', titleEn: 'Run the one-stop and inter-agency one-stop mechanism' },
    { id: 5, title: 'Nâng cao năng lực của cán bộ, công chức', titleEn: 'Train staff' },
    { id: 6, title: 'Ứng dụng công nghệ thông tin trong giải quyết TTHC', titleEn: 'IT in handling procedures' },
    { id: 7, title: 'Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính', titleEn: 'Receive and handle feedback on regulations' },
    { id: 8, title: 'Kiểm tra kiểm soát TTHC và thực hiện cơ chế một cửa', titleEn: 'Inspect procedure control and the one-stop mechanism' },
    { id: 9, title: 'Tuyên truyền về cải cách TTHC', titleEn: 'Communication about procedure reform' },
    { id: 10, title: 'Sáng kiến cải cách TTHC; áp dụng ISO 9001:2015', titleEn: 'Reform initiatives; ISO 9001:2015 in handling procedures' },
    { id: 11, title: 'Chế độ thông tin báo cáo; lưu trữ hồ sơ', titleEn: 'Periodic reporting; keep dossier archives' },
  ],
  // No `targets`: the product's defaults (shared/kpis.ts, DESIGN §6) are this plan's own, from its
  // sections II.4 and II.6; the province sets the online-submission target each year.
};
